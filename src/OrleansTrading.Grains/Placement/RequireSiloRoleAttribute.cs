using Orleans.Placement;

namespace OrleansTrading.Grains.Placement;

/// <summary>The grain activates only on silos whose role serves <paramref name="role"/> (e.g. venue gateways on colo).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireSiloRoleAttribute(SiloRole role)
    : PlacementFilterAttribute(new SiloRolePlacementFilterStrategy(role, required: true));
