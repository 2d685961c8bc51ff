using System.Runtime.CompilerServices;

namespace OrleansTrading.Fix.Codec;

/// <summary>
/// Which Length fields announce the byte count of which data fields, so the tokenizer can read data values
/// that contain SOH (e.g. XmlDataLen 212 → XmlData 213).
/// </summary>
public sealed class FixDataFieldPairs
{
    private const int FastTags = 2048;
    private readonly Dictionary<int, int> _dataTagByLengthTag;
    private readonly int[] _fast = new int[FastTags];

    public FixDataFieldPairs(IEnumerable<KeyValuePair<int, int>> lengthToDataTag)
    {
        ArgumentNullException.ThrowIfNull(lengthToDataTag);
        _dataTagByLengthTag = new Dictionary<int, int>(lengthToDataTag);
        foreach (var (lengthTag, dataTag) in _dataTagByLengthTag)
        {
            if ((uint)lengthTag < FastTags)
            {
                _fast[lengthTag] = dataTag;
            }
        }
    }

    /// <summary>The FIX 4.4 standard pairs.</summary>
    public static FixDataFieldPairs Fix44 { get; } = new(new Dictionary<int, int>
    {
        [90] = 91, [93] = 89, [95] = 96, [212] = 213, [348] = 349, [350] = 351, [352] = 353, [354] = 355, [356] = 357,
        [358] = 359, [360] = 361, [362] = 363, [364] = 365, [445] = 446, [618] = 619, [621] = 622,
    });

    public IReadOnlyDictionary<int, int> Pairs => _dataTagByLengthTag;

    /// <summary>The data tag announced by <paramref name="lengthTag"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DataTagFor(int lengthTag) =>
        (uint)lengthTag < FastTags ? _fast[lengthTag] : _dataTagByLengthTag.GetValueOrDefault(lengthTag);
}
