namespace OrleansTrading.Fix.Codec;

/// <summary>A repeating group inside a parsed <see cref="FixMessage"/>: its instances in wire order.</summary>
public readonly struct FixGroup
{
    private readonly FixMessage? _message;
    private readonly int _countIndex;

    internal FixGroup(FixMessage message, int countIndex)
    {
        _message = message;
        _countIndex = countIndex;
    }

    /// <summary>Number of instances actually present (the NumInGroup value may disagree; validation rejects that).</summary>
    public int Count => _message is null ? 0 : _message[_countIndex].GroupInstances;

    /// <summary>The instance at <paramref name="index"/>.</summary>
    public FixGroupInstance this[int index]
    {
        get
        {
            if (_message is null || (uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), $"The group has {Count} instances.");
            }

            var count = _message[_countIndex];
            var depth = count.Depth + 1;
            var delimiter = _message[_countIndex + 1].Tag;
            var seen = -1;
            var start = -1;
            for (var i = _countIndex + 1; i < count.GroupEnd; i++)
            {
                var field = _message[i];
                if (field.Depth != depth || field.Tag != delimiter)
                {
                    continue;
                }

                if (++seen == index)
                {
                    start = i;
                }
                else if (seen == index + 1)
                {
                    return new FixGroupInstance(_message, start, i, depth);
                }
            }

            return new FixGroupInstance(_message, start, count.GroupEnd, depth);
        }
    }
}
