using Orleans.Metadata;
using Orleans.Placement;
using Orleans.Runtime;

namespace OrleansTrading.Grains.Placement;

/// <summary>
/// Placement filter that narrows candidate silos to those whose role serves <see cref="Role"/>. When
/// <see cref="Required"/> is true and no such silo exists, placement fails rather than landing the grain
/// on the wrong kind of silo; otherwise the filter falls back to every silo.
/// </summary>
public sealed class SiloRolePlacementFilterStrategy : PlacementFilterStrategy
{
    private const string RoleProperty = "silo-role";
    private const string RequiredProperty = "silo-role-required";

    public SiloRolePlacementFilterStrategy()
        : this(SiloRole.All, required: false)
    {
    }

    public SiloRolePlacementFilterStrategy(SiloRole role, bool required)
        : base(order: 0)
    {
        Role = role;
        Required = required;
    }

    public SiloRole Role { get; private set; }

    public bool Required { get; private set; }

    public override void AdditionalInitialize(GrainProperties properties)
    {
        var roleText = GetPlacementFilterGrainProperty(RoleProperty, properties);
        Role = SiloRoles.TryParse(roleText, out var role)
            ? role
            : throw new InvalidOperationException($"Grain property '{RoleProperty}' has unknown silo role '{roleText}'.");
        Required = GetPlacementFilterGrainProperty(RequiredProperty, properties) == "true";
    }

    protected override IEnumerable<KeyValuePair<string, string>> GetAdditionalGrainProperties(
        IServiceProvider services, Type grainClass, GrainType grainType, IReadOnlyDictionary<string, string> existingProperties)
    {
        yield return new KeyValuePair<string, string>(RoleProperty, Role.ToMetadataValue());
        yield return new KeyValuePair<string, string>(RequiredProperty, Required ? "true" : "false");
    }
}
