namespace OrleansTrading.Fix.Dictionary;

/// <summary>A field of the dictionary: tag, name, type and, for enumerated fields, the allowed values.</summary>
public sealed class FixFieldDefinition
{
    private readonly FixEnumSet? _enums;

    public FixFieldDefinition(int tag, string name, FixFieldType type, IReadOnlyCollection<string>? enumValues = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Tag = tag;
        Name = name;
        Type = type;
        EnumValues = enumValues ?? [];
        _enums = EnumValues.Count > 0 && type != FixFieldType.Boolean ? new FixEnumSet(EnumValues) : null;
    }

    public int Tag { get; }

    public string Name { get; }

    public FixFieldType Type { get; }

    public IReadOnlyCollection<string> EnumValues { get; }

    public bool HasEnums => _enums is not null;

    public bool IsMultipleValue => Type is FixFieldType.MultipleValueString or FixFieldType.MultipleCharValue;

    /// <summary>True when the value is one of the enumerated values (each space-separated one for multiple-value fields).</summary>
    public bool IsAllowedValue(ReadOnlySpan<byte> value)
    {
        if (_enums is null)
        {
            return true;
        }

        if (!IsMultipleValue)
        {
            return _enums.Contains(value);
        }

        while (!value.IsEmpty)
        {
            var space = value.IndexOf((byte)' ');
            var item = space < 0 ? value : value[..space];
            if (!item.IsEmpty && !_enums.Contains(item))
            {
                return false;
            }

            value = space < 0 ? default : value[(space + 1)..];
        }

        return true;
    }

    public override string ToString() => $"{Name} ({Tag})";
}
