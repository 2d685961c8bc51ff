using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// The journal log's record format. A record is <c>[u32 body length][u32 CRC-32 of the body][body]</c>, little-endian;
/// the body is the append: <c>u64 position, str stream, u32 n, n × event, u32 m, m × entity</c>, where an event is
/// <c>i64 sequence, str entity, i32 number, bytes payload</c>, an entity is <c>str entity, i64 created, str tag1,
/// str tag2, str status, u8 open, i32 last number, bytes payload</c>, and <c>str</c>/<c>bytes</c> are a u32 length and
/// that many bytes (UTF-8 for strings). A record whose length or checksum does not hold is a write a crash cut short.
/// </summary>
internal static class LogRecordCodec
{
    public const int HeaderSize = 8;

    /// <summary>Largest body accepted; a longer length in a header can only be a torn or corrupt record.</summary>
    public const int MaxBody = 64 * 1024 * 1024;

    public static void Write(LoggedAppend append, ArrayBufferWriter<byte> output)
    {
        var start = output.WrittenCount;
        output.GetSpan(HeaderSize);
        output.Advance(HeaderSize);
        WriteInt64(output, append.Position);
        WriteString(output, append.Stream);
        WriteInt32(output, append.Events.Count);
        foreach (var e in append.Events)
        {
            WriteInt64(output, e.Sequence);
            WriteString(output, e.Entity);
            WriteInt32(output, e.EntityNumber);
            WriteBytes(output, e.Payload.Span);
        }

        WriteInt32(output, append.Entities.Count);
        foreach (var entity in append.Entities)
        {
            WriteString(output, entity.Entity);
            WriteInt64(output, entity.CreatedNanos);
            WriteString(output, entity.Tag1);
            WriteString(output, entity.Tag2);
            WriteString(output, entity.Status);
            output.GetSpan(1)[0] = entity.IsOpen ? (byte)1 : (byte)0;
            output.Advance(1);
            WriteInt32(output, entity.LastEntityNumber);
            WriteBytes(output, entity.Payload.Span);
        }

        var bodyLength = output.WrittenCount - start - HeaderSize;
        if (bodyLength > MaxBody)
        {
            throw new ArgumentException($"A journal append is limited to {MaxBody} bytes; this one has {bodyLength}.", nameof(append));
        }

        // ArrayBufferWriter exposes what was written only as read-only memory; the header is filled in place
        var record = System.Runtime.InteropServices.MemoryMarshal.AsMemory(output.WrittenMemory[start..]).Span;
        BinaryPrimitives.WriteInt32LittleEndian(record, bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32.HashToUInt32(record[HeaderSize..]));
    }

    /// <summary>
    /// Reads the record at the start of <paramref name="data"/>. Returns false when there is no whole, intact record
    /// there (the end of the log, or a torn write); <paramref name="length"/> is then 0.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out LoggedAppend? append, out int length)
    {
        append = null;
        length = 0;
        if (data.Length < HeaderSize)
        {
            return false;
        }

        var bodyLength = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (bodyLength is <= 0 or > MaxBody || data.Length - HeaderSize < bodyLength)
        {
            return false;
        }

        var body = data.Slice(HeaderSize, bodyLength);
        if (Crc32.HashToUInt32(body) != BinaryPrimitives.ReadUInt32LittleEndian(data[4..]))
        {
            return false;
        }

        append = Parse(body);
        length = HeaderSize + bodyLength;
        return true;
    }

    private static LoggedAppend Parse(ReadOnlySpan<byte> body)
    {
        var reader = new BodyReader(body);
        var position = reader.Int64();
        var stream = reader.String();
        var events = new JournalEvent[reader.Count()];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = new JournalEvent(stream, reader.Int64(), reader.String(), reader.Int32(), reader.Bytes());
        }

        var entities = new JournalEntity[reader.Count()];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new JournalEntity(
                stream, reader.String(), reader.Int64(), reader.String(), reader.String(), reader.String(), reader.Byte() != 0, reader.Int32(), reader.Bytes());
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException($"Journal log record at position {position} has {reader.Remaining} bytes after its last field.");
        }

        return new LoggedAppend(position, stream, events, entities);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> output, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> output, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(output, length);
        Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(length);
    }

    private static void WriteBytes(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        WriteInt32(output, value.Length);
        output.Write(value);
    }

    /// <summary>Reads a body that passed its checksum; a length that runs past the body still fails loudly.</summary>
    private ref struct BodyReader(ReadOnlySpan<byte> body)
    {
        private ReadOnlySpan<byte> _rest = body;

        public readonly bool AtEnd => _rest.IsEmpty;

        public readonly int Remaining => _rest.Length;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public int Count()
        {
            var count = Int32();
            return count >= 0 && count <= _rest.Length
                ? count
                : throw new InvalidDataException($"Journal log record holds a count of {count} with {_rest.Length} bytes left.");
        }

        public string String() => Encoding.UTF8.GetString(Take(Count()));

        public byte[] Bytes() => Take(Count()).ToArray();

        private ReadOnlySpan<byte> Take(int length)
        {
            if (_rest.Length < length)
            {
                throw new InvalidDataException($"Journal log record ends {length - _rest.Length} bytes short of its next field.");
            }

            var taken = _rest[..length];
            _rest = _rest[length..];
            return taken;
        }
    }
}
