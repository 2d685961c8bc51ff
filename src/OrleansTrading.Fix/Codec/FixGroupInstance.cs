using System.Text;

namespace OrleansTrading.Fix.Codec;

/// <summary>One instance of a repeating group: the field range [Start, End) at one nesting depth.</summary>
public readonly struct FixGroupInstance
{
    private readonly FixMessage _message;

    internal FixGroupInstance(FixMessage message, int start, int end, int depth)
    {
        _message = message;
        Start = start;
        End = end;
        Depth = depth;
    }

    public int Start { get; }

    public int End { get; }

    public int Depth { get; }

    public bool TryGetValue(int tag, out ReadOnlySpan<byte> value)
    {
        var index = _message.IndexOf(tag, Start, End, Depth);
        value = index >= 0 ? _message.GetValue(index) : default;
        return index >= 0;
    }

    public bool TryGetInt(int tag, out int value)
    {
        value = 0;
        return TryGetValue(tag, out var span) && FixValueParser.TryParseInt(span, out value);
    }

    public bool TryGetDecimal(int tag, out decimal value)
    {
        value = 0m;
        return TryGetValue(tag, out var span) && FixValueParser.TryParseDecimal(span, out value);
    }

    public string? GetString(int tag) => TryGetValue(tag, out var span) ? Encoding.UTF8.GetString(span) : null;

    /// <summary>A nested group inside this instance.</summary>
    public FixGroup GetGroup(int countTag)
    {
        var index = _message.IndexOf(countTag, Start, End, Depth);
        return index >= 0 ? new FixGroup(_message, index) : default;
    }
}
