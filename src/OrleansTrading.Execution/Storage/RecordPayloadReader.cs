using System.Buffers.Binary;
using System.Text;

namespace OrleansTrading.Execution.Storage;

/// <summary>Reads what <see cref="RecordPayloadWriter"/> wrote, in the same order. A payload that ends early is malformed.</summary>
internal ref struct RecordPayloadReader(ReadOnlySpan<byte> payload)
{
    private ReadOnlySpan<byte> _rest = payload;

    public readonly ReadOnlySpan<byte> Remaining => _rest;

    public byte Byte()
    {
        Need(1);
        var value = _rest[0];
        _rest = _rest[1..];
        return value;
    }

    public long Int64()
    {
        Need(sizeof(long));
        var value = BinaryPrimitives.ReadInt64LittleEndian(_rest);
        _rest = _rest[sizeof(long)..];
        return value;
    }

    public string? String()
    {
        Need(sizeof(ushort));
        var length = BinaryPrimitives.ReadUInt16LittleEndian(_rest);
        _rest = _rest[sizeof(ushort)..];
        if (length == ushort.MaxValue)
        {
            return null;
        }

        Need(length);
        var value = Encoding.UTF8.GetString(_rest[..length]);
        _rest = _rest[length..];
        return value;
    }

    public string RequiredString() => String() ?? throw new InvalidDataException("A required string is missing from a stored record.");

    private readonly void Need(int count)
    {
        if (_rest.Length < count)
        {
            throw new InvalidDataException($"A stored record ends {count - _rest.Length} byte(s) early.");
        }
    }
}
