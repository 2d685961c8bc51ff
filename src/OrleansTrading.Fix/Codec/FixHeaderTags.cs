namespace OrleansTrading.Fix.Codec;

/// <summary>Which tags belong to the FIX 4.4 standard header (used to place builder fields, independent of any dictionary).</summary>
public static class FixHeaderTags
{
    private static readonly bool[] _isHeaderTag = Build();

    public static bool IsHeader(int tag) => (uint)tag < (uint)_isHeaderTag.Length && _isHeaderTag[tag];

    private static bool[] Build()
    {
        var flags = new bool[1200];
        int[] tags =
        [
            8, 9, 35, 49, 56, 115, 128, 90, 91, 34, 50, 142, 57, 143, 116, 144, 129, 145, 43, 97, 52, 122, 212, 213, 347, 369,
            627, 628, 629, 630, 1128, 1129,
        ];
        foreach (var tag in tags)
        {
            flags[tag] = true;
        }

        return flags;
    }
}
