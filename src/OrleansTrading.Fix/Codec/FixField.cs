namespace OrleansTrading.Fix.Codec;

/// <summary>
/// One field of a parsed message: where its value lies in the message buffer, plus the repeating-group
/// structure found by the dictionary (nesting depth, and for a NumInGroup field the index just past its
/// group and the number of instances actually present).
/// </summary>
public readonly record struct FixField(int Tag, int ValueOffset, int ValueLength, int Depth, int GroupEnd, int GroupInstances)
{
    /// <summary>True when this field is the NumInGroup field of a repeating group the dictionary recognised.</summary>
    public bool IsGroupCount => GroupEnd > 0;
}
