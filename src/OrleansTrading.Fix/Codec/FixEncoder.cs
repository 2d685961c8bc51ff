using System.Buffers;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// Serialises a <see cref="FixMessageBuilder"/> to wire bytes: <c>8, 9, 35</c>, then the header fields in tag order
/// (MsgSeqNum 34, SenderCompID 49, SendingTime 52, TargetCompID 56 from the envelope, merged with the builder's
/// optional header fields such as PossDupFlag 43 or OnBehalfOfCompID 115), then the body in the order it was built,
/// then CheckSum. BodyLength and CheckSum are computed. Writes into a caller-provided span or buffer writer; no allocation.
/// </summary>
public static class FixEncoder
{
    private const int MaxHeaderEntriesOnStack = 64;

    /// <summary>The exact number of bytes <see cref="Encode(FixMessageBuilder, in FixEnvelope, Span{byte})"/> writes.</summary>
    public static int GetEncodedLength(FixMessageBuilder message, in FixEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bodyLength = BodyLength(message, envelope);
        return 2 + envelope.BeginString.Length + 1 + 2 + Digits(bodyLength) + 1 + bodyLength + 7;
    }

    /// <summary>Encodes into <paramref name="output"/> and advances it; returns the bytes written.</summary>
    public static int Encode(FixMessageBuilder message, in FixEnvelope envelope, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var written = Encode(message, envelope, output.GetSpan(MaxEncodedLength(message, envelope)));
        output.Advance(written);
        return written;
    }

    /// <summary>An upper bound of the encoded length, cheaper to compute than <see cref="GetEncodedLength"/>.</summary>
    public static int MaxEncodedLength(FixMessageBuilder message, in FixEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(message);
        return 64 + envelope.BeginString.Length + message.MsgType.Length + envelope.SenderCompId.Length + envelope.TargetCompId.Length
            + FixTimestamp.MaxLength + message.FieldBytes;
    }

    /// <summary>Encodes into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Encode(FixMessageBuilder message, in FixEnvelope envelope, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bodyLength = BodyLength(message, envelope);
        var total = 2 + envelope.BeginString.Length + 1 + 2 + Digits(bodyLength) + 1 + bodyLength + 7;
        if (destination.Length < total)
        {
            throw new ArgumentException($"The message needs {total} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        var pos = 0;
        pos += Field(destination[pos..], "8="u8, envelope.BeginString);
        "9="u8.CopyTo(destination[pos..]);
        pos += 2;
        pos += FixNumberFormatter.Write(destination[pos..], bodyLength);
        destination[pos++] = 1;
        pos += Field(destination[pos..], "35="u8, message.MsgType);

        if (message.IsPlainBody)
        {
            // the common case: only body fields, so the header is the envelope's and the body is one block
            for (var s = 0; s < 4; s++)
            {
                pos += WriteStamp(StampTag(s), envelope, destination[pos..]);
            }

            message.Body.CopyTo(destination[pos..]);
            pos += message.FieldBytes;
            return WriteTrailer(destination, pos);
        }

        Span<int> header = stackalloc int[MaxHeaderEntriesOnStack];
        if (message.EntryCount > MaxHeaderEntriesOnStack)
        {
            header = new int[message.EntryCount];
        }

        var headerCount = CollectSortedHeader(message, header, envelope.IsResend);
        var h = 0;
        for (var s = 0; s < 4; s++)
        {
            var stampTag = StampTag(s);
            while (h < headerCount && message.GetEntry(header[h]).Tag < stampTag)
            {
                pos += Copy(message, header[h++], destination[pos..]);
            }

            pos += WriteStamp(stampTag, envelope, destination[pos..]);
        }

        while (h < headerCount)
        {
            pos += Copy(message, header[h++], destination[pos..]);
        }

        for (var i = 0; i < message.EntryCount; i++)
        {
            var entry = message.GetEntry(i);
            if (!entry.IsHeader && entry.Tag is not (0 or FixTags.CheckSum))
            {
                pos += Copy(message, i, destination[pos..]);
            }
        }

        return WriteTrailer(destination, pos);
    }

    /// <summary>The envelope's header fields in tag order: MsgSeqNum, SenderCompID, SendingTime, TargetCompID.</summary>
    private static int StampTag(int index) => index switch
    {
        0 => FixTags.MsgSeqNum,
        1 => FixTags.SenderCompId,
        2 => FixTags.SendingTime,
        _ => FixTags.TargetCompId,
    };

    /// <summary>Appends CheckSum over everything written so far; returns the total length.</summary>
    private static int WriteTrailer(Span<byte> destination, int pos)
    {
        var checksum = FixChecksum.Compute(destination[..pos]);
        "10="u8.CopyTo(destination[pos..]);
        FixChecksum.WriteThreeDigits(destination[(pos + 3)..], checksum);
        destination[pos + 6] = 1;
        return pos + 7;
    }

    private static int BodyLength(FixMessageBuilder message, in FixEnvelope envelope)
    {
        var length = 3 + message.MsgType.Length + 1;
        length += 3 + Digits(envelope.MsgSeqNum) + 1;
        length += 3 + envelope.SenderCompId.Length + 1;
        length += 3 + TimestampLength(envelope.Precision) + 1;
        length += 3 + envelope.TargetCompId.Length + 1;
        if (message.IsPlainBody)
        {
            return length + message.FieldBytes;
        }

        for (var i = 0; i < message.EntryCount; i++)
        {
            var entry = message.GetEntry(i);
            if (Included(entry, envelope.IsResend))
            {
                length += entry.Length;
            }
        }

        return length;
    }

    private static bool Included(in FixMessageBuilder.Entry entry, bool isResend) =>
        entry.Tag is not (0 or FixTags.BeginString or FixTags.BodyLength or FixTags.CheckSum or FixTags.MsgType
            or FixTags.MsgSeqNum or FixTags.SenderCompId or FixTags.SendingTime or FixTags.TargetCompId)
        && (isResend || entry.Tag is not (FixTags.PossDupFlag or FixTags.OrigSendingTime));

    private static int CollectSortedHeader(FixMessageBuilder message, Span<int> indices, bool isResend)
    {
        var count = 0;
        for (var i = 0; i < message.EntryCount; i++)
        {
            var entry = message.GetEntry(i);
            if (!entry.IsHeader || !Included(entry, isResend))
            {
                continue;
            }

            // insertion sort by tag, stable
            var j = count++;
            while (j > 0 && message.GetEntry(indices[j - 1]).Tag > entry.Tag)
            {
                indices[j] = indices[j - 1];
                j--;
            }

            indices[j] = i;
        }

        return count;
    }

    private static int WriteStamp(int tag, in FixEnvelope envelope, Span<byte> destination)
    {
        switch (tag)
        {
            case FixTags.MsgSeqNum:
                "34="u8.CopyTo(destination);
                var digits = FixNumberFormatter.Write(destination[3..], envelope.MsgSeqNum);
                destination[3 + digits] = 1;
                return 4 + digits;
            case FixTags.SenderCompId:
                return Field(destination, "49="u8, envelope.SenderCompId);
            case FixTags.SendingTime:
                "52="u8.CopyTo(destination);
                var length = FixTimestamp.Write(destination[3..], envelope.SendingTime, envelope.Precision);
                destination[3 + length] = 1;
                return 4 + length;
            default:
                return Field(destination, "56="u8, envelope.TargetCompId);
        }
    }

    private static int Copy(FixMessageBuilder message, int index, Span<byte> destination)
    {
        ref readonly var entry = ref message.GetEntryRef(index);
        message.GetSegment(entry).CopyTo(destination);
        return entry.Length;
    }

    private static int Field(Span<byte> destination, ReadOnlySpan<byte> tagAndEquals, ReadOnlySpan<byte> value)
    {
        tagAndEquals.CopyTo(destination);
        value.CopyTo(destination[tagAndEquals.Length..]);
        destination[tagAndEquals.Length + value.Length] = 1;
        return tagAndEquals.Length + value.Length + 1;
    }

    private static int TimestampLength(FixTimestampPrecision precision) => precision == FixTimestampPrecision.Seconds ? 17 : 18 + (int)precision;

    private static int Digits(int value)
    {
        var digits = value < 0 ? 2 : 1;
        var magnitude = Math.Abs((long)value);
        while (magnitude >= 10)
        {
            magnitude /= 10;
            digits++;
        }

        return digits;
    }
}
