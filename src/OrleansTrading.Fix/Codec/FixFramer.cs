using System.Buffers;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// Finds message boundaries in a byte stream using BodyLength: a frame starts with <c>8=</c> (at the start of the
/// buffer or after SOH), declares its BodyLength in the second field, and ends at the first <c>SOH 10=…SOH</c> found
/// at or after the position BodyLength points to. A wrong BodyLength therefore yields a frame that fails
/// <see cref="FixParser"/> validation (and is ignored as garbled) rather than desynchronising the stream.
/// </summary>
public static class FixFramer
{
    private const byte Soh = 1;
    private const int MaxBodyLengthDigits = 7;

    /// <summary>Default cap on one message; larger declared lengths are treated as garbage.</summary>
    public const int DefaultMaxMessageSize = 1 << 20;

    /// <summary>Looks for one message at the start of <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Received bytes not consumed yet.</param>
    /// <param name="length">For <see cref="FixFrameResult.Frame"/> the frame length; for <see cref="FixFrameResult.Garbage"/> the bytes to discard.</param>
    /// <param name="maxMessageSize">Largest BodyLength accepted.</param>
    public static FixFrameResult Find(ReadOnlySpan<byte> buffer, out int length, int maxMessageSize = DefaultMaxMessageSize)
    {
        length = 0;
        if (buffer.Length < 2)
        {
            return FixFrameResult.NeedMoreData;
        }

        var start = FindMessageStart(buffer);
        if (start < 0)
        {
            // keep the last byte: it may be the '8' of a message split across reads
            length = buffer[^1] == (byte)'8' ? buffer.Length - 1 : buffer.Length;
            return length > 0 ? FixFrameResult.Garbage : FixFrameResult.NeedMoreData;
        }

        if (start > 0)
        {
            length = start;
            return FixFrameResult.Garbage;
        }

        var firstSoh = buffer.IndexOf(Soh);
        if (firstSoh < 0)
        {
            return NeedMoreOrGarbage(buffer, maxMessageSize, out length);
        }

        var lengthFieldStart = firstSoh + 1;
        if (buffer.Length < lengthFieldStart + 3)
        {
            return FixFrameResult.NeedMoreData;
        }

        if (buffer[lengthFieldStart] != (byte)'9' || buffer[lengthFieldStart + 1] != (byte)'=')
        {
            length = lengthFieldStart;
            return FixFrameResult.Garbage;
        }

        var bodyLength = 0;
        var pos = lengthFieldStart + 2;
        var digits = 0;
        for (; pos < buffer.Length && buffer[pos] != Soh; pos++)
        {
            var d = buffer[pos] - (byte)'0';
            if ((uint)d > 9 || ++digits > MaxBodyLengthDigits)
            {
                length = pos;
                return FixFrameResult.Garbage;
            }

            bodyLength = (bodyLength * 10) + d;
        }

        if (pos >= buffer.Length)
        {
            return FixFrameResult.NeedMoreData;
        }

        if (digits == 0 || bodyLength > maxMessageSize)
        {
            length = pos;
            return FixFrameResult.Garbage;
        }

        var bodyStart = pos + 1;
        var searchFrom = Math.Max(bodyStart - 1, bodyStart + bodyLength - 1);
        if (buffer.Length < searchFrom + 4)
        {
            return FixFrameResult.NeedMoreData;
        }

        var trailer = buffer[searchFrom..].IndexOf("\u000110="u8);
        if (trailer < 0)
        {
            return NeedMoreOrGarbage(buffer, maxMessageSize + searchFrom, out length);
        }

        var checksumValue = searchFrom + trailer + 4;
        var end = buffer[checksumValue..].IndexOf(Soh);
        if (end < 0)
        {
            return NeedMoreOrGarbage(buffer, maxMessageSize + searchFrom, out length);
        }

        length = checksumValue + end + 1;
        return FixFrameResult.Frame;
    }

    /// <summary>Same as <see cref="Find(ReadOnlySpan{byte}, out int, int)"/> over a possibly multi-segment sequence; <paramref name="scratch"/> receives a copy when the sequence is not contiguous.</summary>
    public static FixFrameResult Find(in ReadOnlySequence<byte> buffer, ref byte[] scratch, out ReadOnlySpan<byte> contiguous, out int length, int maxMessageSize = DefaultMaxMessageSize)
    {
        if (buffer.IsSingleSegment)
        {
            contiguous = buffer.FirstSpan;
        }
        else
        {
            if (scratch.Length < buffer.Length)
            {
                scratch = new byte[Math.Max((int)buffer.Length, scratch.Length * 2)];
            }

            buffer.CopyTo(scratch);
            contiguous = scratch.AsSpan(0, (int)buffer.Length);
        }

        return Find(contiguous, out length, maxMessageSize);
    }

    private static int FindMessageStart(ReadOnlySpan<byte> buffer)
    {
        if (buffer[0] == (byte)'8' && buffer[1] == (byte)'=')
        {
            return 0;
        }

        var offset = buffer.IndexOf("\u00018="u8);
        return offset < 0 ? -1 : offset + 1;
    }

    private static FixFrameResult NeedMoreOrGarbage(ReadOnlySpan<byte> buffer, int limit, out int length)
    {
        if (buffer.Length <= limit)
        {
            length = 0;
            return FixFrameResult.NeedMoreData;
        }

        // nothing sensible will arrive for this start: drop "8=" and resynchronise on the next message start
        length = 2;
        return FixFrameResult.Garbage;
    }
}
