namespace OrleansTrading.Fix.Dictionary;

/// <summary>A message type of the dictionary: MsgType, name, whether it is session-level, and its body fields and groups.</summary>
public sealed class FixMessageDefinition : FixFieldContainer
{
    public FixMessageDefinition(string msgType, string name, bool isAdmin, IReadOnlyList<FixMemberDefinition> members)
        : base(members)
    {
        ArgumentException.ThrowIfNullOrEmpty(msgType);
        MsgType = msgType;
        Name = name;
        IsAdmin = isAdmin;
    }

    public string MsgType { get; }

    public string Name { get; }

    public bool IsAdmin { get; }

    public override string ToString() => $"{Name} ({MsgType})";
}
