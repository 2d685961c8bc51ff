namespace OrleansTrading.Fix.Dictionary;

/// <summary>Assembles a <see cref="FixDataDictionary"/> from field definitions and member specs, expanding components and checking references.</summary>
internal sealed class FixDictionaryBuilder
{
    private readonly Dictionary<int, FixFieldDefinition> _fields = [];
    private readonly Dictionary<string, IReadOnlyList<MemberSpec>> _components = new(StringComparer.Ordinal);
    private readonly List<MessageSpec> _messages = [];
    private readonly string _source;
    private IReadOnlyList<MemberSpec> _header = [];
    private IReadOnlyList<MemberSpec> _trailer = [];

    public FixDictionaryBuilder(string source)
    {
        _source = source;
    }

    public void AddField(FixFieldDefinition field)
    {
        if (!_fields.TryAdd(field.Tag, field))
        {
            throw new FixDictionaryException($"{_source}: field {field.Tag} is defined twice ({_fields[field.Tag].Name} and {field.Name}).");
        }
    }

    public void AddComponent(string name, IReadOnlyList<MemberSpec> members)
    {
        if (!_components.TryAdd(name, members))
        {
            throw new FixDictionaryException($"{_source}: component '{name}' is defined twice.");
        }
    }

    public void SetHeader(IReadOnlyList<MemberSpec> members) => _header = members;

    public void SetTrailer(IReadOnlyList<MemberSpec> members) => _trailer = members;

    public void AddMessage(MessageSpec message) => _messages.Add(message);

    public FixDataDictionary Build(string beginString)
    {
        var header = new FixFieldContainer(Expand(_header, true, "header", 0));
        var trailer = new FixFieldContainer(Expand(_trailer, true, "trailer", 0));
        var messages = new List<FixMessageDefinition>(_messages.Count);
        foreach (var message in _messages)
        {
            messages.Add(new FixMessageDefinition(message.MsgType, message.Name, message.IsAdmin, Expand(message.Members, true, message.Name, 0)));
        }

        return new FixDataDictionary(beginString, _fields.Values, header, trailer, messages);
    }

    private List<FixMemberDefinition> Expand(IReadOnlyList<MemberSpec> members, bool context, string owner, int depth)
    {
        if (depth > 32)
        {
            throw new FixDictionaryException($"{_source}: components nest more than 32 deep under {owner} (a component includes itself?).");
        }

        var result = new List<FixMemberDefinition>();
        foreach (var member in members)
        {
            switch (member)
            {
                case FieldSpec field:
                    RequireField(field.Tag, owner);
                    result.Add(new FixMemberDefinition(field.Tag, field.Required && context, null));
                    break;
                case GroupSpec group:
                    RequireField(group.CountTag, owner);
                    var groupMembers = Expand(group.Members, true, owner, depth + 1);
                    if (groupMembers.Count == 0)
                    {
                        throw new FixDictionaryException($"{_source}: group {group.CountTag} in {owner} has no fields.");
                    }

                    result.Add(new FixMemberDefinition(group.CountTag, group.Required && context, new FixGroupDefinition(group.CountTag, groupMembers)));
                    break;
                case ComponentSpec component:
                    if (!_components.TryGetValue(component.Name, out var componentMembers))
                    {
                        throw new FixDictionaryException($"{_source}: {owner} uses component '{component.Name}', which is not defined.");
                    }

                    result.AddRange(Expand(componentMembers, context && component.Required, owner, depth + 1));
                    break;
            }
        }

        return result;
    }

    private void RequireField(int tag, string owner)
    {
        if (!_fields.ContainsKey(tag))
        {
            throw new FixDictionaryException($"{_source}: {owner} uses tag {tag}, which is not defined as a field.");
        }
    }
}
