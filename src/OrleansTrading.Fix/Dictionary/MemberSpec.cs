namespace OrleansTrading.Fix.Dictionary;

/// <summary>A member as written in a dictionary source, before components are expanded.</summary>
internal abstract record MemberSpec(bool Required);

internal sealed record FieldSpec(int Tag, bool Required) : MemberSpec(Required);

internal sealed record GroupSpec(int CountTag, bool Required, IReadOnlyList<MemberSpec> Members) : MemberSpec(Required);

internal sealed record ComponentSpec(string Name, bool Required) : MemberSpec(Required);

internal sealed record MessageSpec(string MsgType, string Name, bool IsAdmin, IReadOnlyList<MemberSpec> Members);
