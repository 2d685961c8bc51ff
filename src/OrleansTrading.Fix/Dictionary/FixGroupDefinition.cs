namespace OrleansTrading.Fix.Dictionary;

/// <summary>A repeating group: its NumInGroup tag, the delimiter (first field of each instance) and its members.</summary>
public sealed class FixGroupDefinition : FixFieldContainer
{
    public FixGroupDefinition(int countTag, IReadOnlyList<FixMemberDefinition> members)
        : base(members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException($"Group {countTag} has no members.", nameof(members));
        }

        CountTag = countTag;
        DelimiterTag = members[0].Tag;
    }

    public int CountTag { get; }

    public int DelimiterTag { get; }
}
