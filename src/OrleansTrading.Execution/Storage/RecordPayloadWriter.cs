using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace OrleansTrading.Execution.Storage;

/// <summary>Builds one record payload: little-endian integers and length-prefixed UTF-8 strings. Reusable after <see cref="Clear"/>.</summary>
internal sealed class RecordPayloadWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public RecordPayloadWriter Clear()
    {
        _buffer.ResetWrittenCount();
        return this;
    }

    public RecordPayloadWriter Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
        return this;
    }

    public RecordPayloadWriter Int64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(sizeof(long)), value);
        _buffer.Advance(sizeof(long));
        return this;
    }

    /// <summary>A string of at most 65,535 UTF-8 bytes; null is written as the marker 0xFFFF.</summary>
    public RecordPayloadWriter String(string? value)
    {
        if (value is null)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(_buffer.GetSpan(sizeof(ushort)), ushort.MaxValue);
            _buffer.Advance(sizeof(ushort));
            return this;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        if (length >= ushort.MaxValue)
        {
            throw new ArgumentException($"A stored string is limited to {ushort.MaxValue - 1} UTF-8 bytes; this one has {length}.", nameof(value));
        }

        var span = _buffer.GetSpan(sizeof(ushort) + length);
        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)length);
        Encoding.UTF8.GetBytes(value, span[sizeof(ushort)..]);
        _buffer.Advance(sizeof(ushort) + length);
        return this;
    }

    public RecordPayloadWriter Bytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(_buffer.GetSpan(value.Length));
        _buffer.Advance(value.Length);
        return this;
    }
}
