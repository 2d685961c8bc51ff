using System.Text;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// An outbound message under construction: MsgType, optional header fields (OnBehalfOfCompID, PossResend…) and the
/// body in the order added. The session (or <see cref="FixEncoder"/>) adds BeginString, BodyLength, MsgSeqNum,
/// SenderCompID, SendingTime, TargetCompID and CheckSum when it serialises. Reusable: <see cref="Reset(string)"/>
/// keeps the buffers, so steady-state building does not allocate.
/// </summary>
public sealed class FixMessageBuilder
{
    /// <summary>Tags below this have their <c>tag=</c> bytes precomputed (every standard FIX 4.4 tag).</summary>
    private const int CachedTagLimit = 1200;

    /// <summary>For each tag below <see cref="CachedTagLimit"/>: its length in byte 0, then the digits and '='.</summary>
    private static readonly byte[] _tagPrefixes = BuildTagPrefixes();

    private byte[] _bytes;
    private bool _plainBody;
    private int _used;
    private Entry[] _entries;
    private int _count;
    private readonly byte[] _msgType = new byte[16];
    private int _msgTypeLength;

    /// <summary>The string <see cref="_msgType"/> was last set from (strings are immutable: the same one needs no re-encoding).</summary>
    private string? _msgTypeText;

    public FixMessageBuilder(string msgType = FixMsgTypes.Heartbeat, int initialCapacity = 512)
    {
        _bytes = new byte[Math.Max(initialCapacity, 64)];
        _entries = new Entry[32];
        Reset(msgType);
    }

    /// <summary>The MsgType (35) bytes.</summary>
    public ReadOnlySpan<byte> MsgType => _msgType.AsSpan(0, _msgTypeLength);

    /// <summary>Number of fields added (removed ones excluded).</summary>
    public int FieldCount
    {
        get
        {
            var count = 0;
            for (var i = 0; i < _count; i++)
            {
                count += _entries[i].Tag != 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Clears all fields and sets a new MsgType.</summary>
    public FixMessageBuilder Reset(string msgType)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgType);
        if (msgType.Length > _msgType.Length)
        {
            throw new ArgumentException($"MsgType '{msgType}' is longer than {_msgType.Length} characters.", nameof(msgType));
        }

        if (!ReferenceEquals(msgType, _msgTypeText))
        {
            _msgTypeLength = Encoding.ASCII.GetBytes(msgType, _msgType);
            _msgTypeText = msgType;
        }

        _used = 0;
        _count = 0;
        _plainBody = true;
        return this;
    }

    /// <summary>Clears all fields and sets a new MsgType.</summary>
    public FixMessageBuilder Reset(ReadOnlySpan<byte> msgType)
    {
        if (msgType.IsEmpty || msgType.Length > _msgType.Length)
        {
            throw new ArgumentException($"MsgType must be 1 to {_msgType.Length} bytes.", nameof(msgType));
        }

        msgType.CopyTo(_msgType);
        _msgTypeLength = msgType.Length;
        _msgTypeText = null;
        _used = 0;
        _count = 0;
        _plainBody = true;
        return this;
    }

    public FixMessageBuilder Add(int tag, ReadOnlySpan<byte> value)
    {
        var span = BeginField(tag, value.Length);
        value.CopyTo(span);
        return EndField(value.Length);
    }

    public FixMessageBuilder Add(int tag, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = BeginField(tag, Encoding.UTF8.GetMaxByteCount(value.Length));
        return EndField(Encoding.UTF8.GetBytes(value, span));
    }

    public FixMessageBuilder Add(int tag, int value) => Add(tag, (long)value);

    public FixMessageBuilder Add(int tag, long value)
    {
        var span = BeginField(tag, 20);
        return EndField(FixNumberFormatter.Write(span, value));
    }

    /// <summary>Adds a FIX float (Qty, Price, Amt…) exactly as the decimal's digits and scale.</summary>
    public FixMessageBuilder Add(int tag, decimal value)
    {
        var span = BeginField(tag, 32);
        return EndField(FixNumberFormatter.Write(span, value));
    }

    public FixMessageBuilder Add(int tag, char value)
    {
        if (value > 127)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "A FIX char field must be ASCII.");
        }

        var span = BeginField(tag, 1);
        span[0] = (byte)value;
        return EndField(1);
    }

    public FixMessageBuilder Add(int tag, bool value) => Add(tag, value ? 'Y' : 'N');

    /// <summary>Adds a UTCTimestamp.</summary>
    public FixMessageBuilder AddTimestamp(int tag, DateTime value, FixTimestampPrecision precision = FixTimestampPrecision.Milliseconds)
    {
        var span = BeginField(tag, FixTimestamp.MaxLength);
        return EndField(FixTimestamp.Write(span, value, precision));
    }

    /// <summary>Copies the field at <paramref name="index"/> of a parsed message.</summary>
    public FixMessageBuilder AddFrom(FixMessage source, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Add(source[index].Tag, source.GetValue(index));
    }

    /// <summary>Removes every occurrence of <paramref name="tag"/>.</summary>
    public FixMessageBuilder Remove(int tag)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Tag == tag)
            {
                _entries[i] = default;
                _plainBody = false;
            }
        }

        return this;
    }

    public bool Contains(int tag)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Tag == tag)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of the first field with <paramref name="tag"/>, or empty.</summary>
    public ReadOnlySpan<byte> GetValue(int tag)
    {
        for (var i = 0; i < _count; i++)
        {
            var entry = _entries[i];
            if (entry.Tag == tag)
            {
                return _bytes.AsSpan(entry.Offset + entry.ValueStart, entry.Length - entry.ValueStart - 1);
            }
        }

        return default;
    }

    internal int EntryCount => _count;

    /// <summary>Bytes of all fields added, an upper bound for what the encoder copies from the builder.</summary>
    internal int FieldBytes => _used;

    /// <summary>
    /// True when every field is a body field, none removed and no CheckSum among them: the encoder can then copy
    /// <see cref="Body"/> in one piece instead of field by field.
    /// </summary>
    internal bool IsPlainBody => _plainBody;

    /// <summary>All fields as added, <c>tag=value SOH</c> after each other (meaningful as a body when <see cref="IsPlainBody"/>).</summary>
    internal ReadOnlySpan<byte> Body => _bytes.AsSpan(0, _used);

    internal Entry GetEntry(int index) => _entries[index];

    internal ref readonly Entry GetEntryRef(int index) => ref _entries[index];

    /// <summary>The whole <c>tag=value SOH</c> segment of an entry.</summary>
    internal ReadOnlySpan<byte> GetSegment(in Entry entry) => _bytes.AsSpan(entry.Offset, entry.Length);

    private Span<byte> BeginField(int tag, int maxValueLength)
    {
        if (tag <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag, "A FIX tag must be a positive number.");
        }

        var needed = _used + 12 + maxValueLength;
        if (_bytes.Length < needed)
        {
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        var start = _used;
        int valueStart;
        if (tag < CachedTagLimit)
        {
            var prefix = _tagPrefixes.AsSpan(tag * 8, 8);
            valueStart = prefix[0];
            prefix.Slice(1, valueStart).CopyTo(_bytes.AsSpan(start));
        }
        else
        {
            var tagLength = FixNumberFormatter.Write(_bytes.AsSpan(start), tag);
            _bytes[start + tagLength] = (byte)'=';
            valueStart = tagLength + 1;
        }

        var isHeader = FixHeaderTags.IsHeader(tag);
        _plainBody &= !isHeader && tag != FixTags.CheckSum;
        _entries[_count] = new Entry(tag, start, valueStart, 0, isHeader);
        _used = start + valueStart;
        return _bytes.AsSpan(_used, maxValueLength);
    }

    private FixMessageBuilder EndField(int valueLength)
    {
        ref var entry = ref _entries[_count];
        _used += valueLength;
        _bytes[_used++] = 1;
        entry = entry with { Length = _used - entry.Offset };
        _count++;
        return this;
    }

    private static byte[] BuildTagPrefixes()
    {
        var table = new byte[CachedTagLimit * 8];
        for (var tag = 1; tag < CachedTagLimit; tag++)
        {
            var entry = table.AsSpan(tag * 8, 8);
            var digits = FixNumberFormatter.Write(entry[1..], tag);
            entry[1 + digits] = (byte)'=';
            entry[0] = (byte)(digits + 1);
        }

        return table;
    }

    /// <summary>One field: its tag, where its <c>tag=value SOH</c> segment starts, where the value starts within it, the segment length.</summary>
    internal readonly record struct Entry(int Tag, int Offset, int ValueStart, int Length, bool IsHeader);
}
