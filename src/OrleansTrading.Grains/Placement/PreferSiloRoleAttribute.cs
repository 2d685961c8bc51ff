using Orleans.Placement;

namespace OrleansTrading.Grains.Placement;

/// <summary>The grain activates on a silo whose role serves <paramref name="role"/> when one exists, otherwise anywhere.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PreferSiloRoleAttribute(SiloRole role)
    : PlacementFilterAttribute(new SiloRolePlacementFilterStrategy(role, required: false));
