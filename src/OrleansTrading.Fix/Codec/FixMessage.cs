using System.Text;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// A parsed FIX message: its own copy of the wire bytes and, per field, the tag and the offset and length
/// of the value. Values are read in place on demand (no string per field). Instances are meant to be reused:
/// <see cref="FixParser.Parse"/> overwrites the previous content without allocating once the buffers are large enough.
/// Getters look at top-level fields (not inside repeating groups); use <see cref="GetGroup"/> for groups.
/// </summary>
public sealed class FixMessage
{
    private byte[] _buffer;
    private int _length;
    private FixField[] _fields;
    private int _fieldCount;
    private int _checksumFieldStart;

    public FixMessage(int initialBufferSize = 1024, int initialFieldCapacity = 64)
    {
        _buffer = new byte[Math.Max(initialBufferSize, 64)];
        _fields = new FixField[Math.Max(initialFieldCapacity, 8)];
    }

    /// <summary>The wire bytes of the message, from BeginString through the CheckSum's SOH.</summary>
    public ReadOnlySpan<byte> RawBytes => _buffer.AsSpan(0, _length);

    /// <summary>Number of fields, BeginString, BodyLength and CheckSum included.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The field at <paramref name="index"/> in wire order.</summary>
    public FixField this[int index] => (uint)index < (uint)_fieldCount ? _fields[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The MsgType (35) value bytes.</summary>
    public ReadOnlySpan<byte> MsgTypeBytes => _fieldCount > 2 && _fields[2].Tag == FixTags.MsgType ? GetValue(2) : GetValueOrEmpty(FixTags.MsgType);

    /// <summary>The MsgType (35) as a string (allocates for multi-character types).</summary>
    public string MsgType => Encoding.ASCII.GetString(MsgTypeBytes);

    /// <summary>True when MsgType is one of the seven session-level message types.</summary>
    public bool IsAdmin => FixMsgTypes.IsAdmin(MsgTypeBytes);

    /// <summary>MsgSeqNum (34), or 0 when absent or not a number.</summary>
    public int MsgSeqNum => TryGetInt(FixTags.MsgSeqNum, out var value) ? value : 0;

    /// <summary>Offset in <see cref="RawBytes"/> where the CheckSum field starts.</summary>
    public int ChecksumFieldStart => _checksumFieldStart;

    /// <summary>The value bytes of the field at <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> GetValue(int index)
    {
        var field = this[index];
        return _buffer.AsSpan(field.ValueOffset, field.ValueLength);
    }

    /// <summary>Index of the first top-level field with <paramref name="tag"/>, or -1.</summary>
    public int IndexOf(int tag)
    {
        var fields = _fields;
        for (var i = 0; i < _fieldCount; i++)
        {
            if (fields[i].Tag == tag && fields[i].Depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the first field with <paramref name="tag"/> in [<paramref name="start"/>, <paramref name="end"/>) at <paramref name="depth"/>, or -1.</summary>
    public int IndexOf(int tag, int start, int end, int depth)
    {
        var fields = _fields;
        var stop = Math.Min(end, _fieldCount);
        for (var i = Math.Max(start, 0); i < stop; i++)
        {
            if (fields[i].Tag == tag && fields[i].Depth == depth)
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(int tag) => IndexOf(tag) >= 0;

    public bool TryGetValue(int tag, out ReadOnlySpan<byte> value)
    {
        var index = IndexOf(tag);
        value = index >= 0 ? GetValue(index) : default;
        return index >= 0;
    }

    /// <summary>The value of <paramref name="tag"/>, or an empty span when absent.</summary>
    public ReadOnlySpan<byte> GetValueOrEmpty(int tag)
    {
        var index = IndexOf(tag);
        return index >= 0 ? GetValue(index) : default;
    }

    public bool TryGetInt(int tag, out int value)
    {
        value = 0;
        var index = IndexOf(tag);
        return index >= 0 && FixValueParser.TryParseInt(GetValue(index), out value);
    }

    public bool TryGetLong(int tag, out long value)
    {
        value = 0;
        var index = IndexOf(tag);
        return index >= 0 && FixValueParser.TryParseLong(GetValue(index), out value);
    }

    /// <summary>Reads a FIX float (Qty, Price, Amt…) as <see cref="decimal"/>, in place.</summary>
    public bool TryGetDecimal(int tag, out decimal value)
    {
        value = 0m;
        var index = IndexOf(tag);
        return index >= 0 && FixValueParser.TryParseDecimal(GetValue(index), out value);
    }

    public bool TryGetChar(int tag, out char value)
    {
        value = '\0';
        var index = IndexOf(tag);
        if (index < 0 || _fields[index].ValueLength != 1)
        {
            return false;
        }

        value = (char)_buffer[_fields[index].ValueOffset];
        return true;
    }

    public bool TryGetBool(int tag, out bool value)
    {
        value = false;
        var index = IndexOf(tag);
        return index >= 0 && FixValueParser.TryParseBool(GetValue(index), out value);
    }

    /// <summary>Reads a UTCTimestamp as a UTC <see cref="DateTime"/>.</summary>
    public bool TryGetTimestamp(int tag, out DateTime value)
    {
        value = default;
        var index = IndexOf(tag);
        return index >= 0 && FixTimestamp.TryParse(GetValue(index), out value);
    }

    /// <summary>The value as a string (UTF-8), or null when absent. Allocates: use the span getters on hot paths.</summary>
    public string? GetString(int tag)
    {
        var index = IndexOf(tag);
        return index >= 0 ? Encoding.UTF8.GetString(GetValue(index)) : null;
    }

    /// <summary>True when the flag field is present and 'Y'.</summary>
    public bool IsFlagSet(int tag) => TryGetBool(tag, out var flag) && flag;

    public int GetInt(int tag) => TryGetInt(tag, out var value) ? value : throw Missing(tag, "int");

    public decimal GetDecimal(int tag) => TryGetDecimal(tag, out var value) ? value : throw Missing(tag, "decimal");

    public char GetChar(int tag) => TryGetChar(tag, out var value) ? value : throw Missing(tag, "char");

    public DateTime GetTimestamp(int tag) => TryGetTimestamp(tag, out var value) ? value : throw Missing(tag, "UTCTimestamp");

    public string GetRequiredString(int tag) => GetString(tag) ?? throw Missing(tag, "string");

    /// <summary>The repeating group whose NumInGroup field is <paramref name="countTag"/> (top level). Empty when absent.</summary>
    public FixGroup GetGroup(int countTag)
    {
        var index = IndexOf(countTag);
        return index >= 0 ? new FixGroup(this, index) : default;
    }

    /// <summary>A deep copy that owns its own buffers.</summary>
    public FixMessage Clone()
    {
        var copy = new FixMessage(_length, _fieldCount);
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Overwrites this message with the content of <paramref name="source"/>.</summary>
    public void CopyFrom(FixMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Load(source.RawBytes);
        EnsureFieldCapacity(source._fieldCount);
        Array.Copy(source._fields, _fields, source._fieldCount);
        _fieldCount = source._fieldCount;
        _checksumFieldStart = source._checksumFieldStart;
    }

    /// <summary>The message with SOH shown as '|', for logs and diagnostics.</summary>
    public override string ToString() => Encoding.UTF8.GetString(RawBytes).Replace('\u0001', '|');

    internal byte[] Buffer => _buffer;

    internal ReadOnlySpan<FixField> Fields => _fields.AsSpan(0, _fieldCount);

    internal void Load(ReadOnlySpan<byte> frame)
    {
        if (_buffer.Length < frame.Length)
        {
            _buffer = new byte[Math.Max(frame.Length, _buffer.Length * 2)];
        }

        frame.CopyTo(_buffer);
        _length = frame.Length;
        _fieldCount = 0;
        _checksumFieldStart = -1;
    }

    internal void AddField(int tag, int valueOffset, int valueLength)
    {
        if (_fieldCount == _fields.Length)
        {
            EnsureFieldCapacity(_fieldCount + 1);
        }

        _fields[_fieldCount++] = new FixField(tag, valueOffset, valueLength, 0, 0, 0);
    }

    internal void SetChecksumFieldStart(int offset) => _checksumFieldStart = offset;

    internal void SetStructure(int index, int depth, int groupEnd, int groupInstances)
    {
        ref var field = ref _fields[index];
        field = field with { Depth = depth, GroupEnd = groupEnd, GroupInstances = groupInstances };
    }

    internal void ClearStructure()
    {
        for (var i = 0; i < _fieldCount; i++)
        {
            ref var field = ref _fields[i];
            field = field with { Depth = 0, GroupEnd = 0, GroupInstances = 0 };
        }
    }

    private void EnsureFieldCapacity(int needed)
    {
        if (_fields.Length < needed)
        {
            Array.Resize(ref _fields, Math.Max(needed, _fields.Length * 2));
        }
    }

    private static FixFieldException Missing(int tag, string type) =>
        new($"Field {tag} is missing or is not a valid {type}.", tag);
}
