namespace OrleansTrading.Fix.Dictionary;

/// <summary>A field's place in a message, header, trailer or group: whether it is required, and its group when it is a NumInGroup field.</summary>
public sealed record FixMemberDefinition(int Tag, bool Required, FixGroupDefinition? Group);
