using System.Text;

namespace OrleansTrading.Fix.Dictionary;

/// <summary>Allowed values of an enumerated field, checked against value bytes without allocating.</summary>
internal sealed class FixEnumSet
{
    private readonly ulong[] _singleBytes = new ulong[4];
    private readonly HashSet<ulong> _shortValues = [];
    private readonly List<byte[]> _longValues = [];

    public FixEnumSet(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            if (bytes.Length == 1)
            {
                _singleBytes[bytes[0] >> 6] |= 1UL << (bytes[0] & 63);
            }
            else if (bytes.Length is > 1 and <= 7)
            {
                _shortValues.Add(Pack(bytes));
            }
            else if (bytes.Length > 7)
            {
                _longValues.Add(bytes);
            }
        }
    }

    public bool Contains(ReadOnlySpan<byte> value)
    {
        if (value.Length == 1)
        {
            return (_singleBytes[value[0] >> 6] & (1UL << (value[0] & 63))) != 0;
        }

        if (value.Length is > 1 and <= 7)
        {
            return _shortValues.Contains(Pack(value));
        }

        foreach (var candidate in _longValues)
        {
            if (value.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong Pack(ReadOnlySpan<byte> value)
    {
        var key = (ulong)value.Length << 56;
        for (var i = 0; i < value.Length; i++)
        {
            key |= (ulong)value[i] << (i * 8);
        }

        return key;
    }
}
