using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace OrleansTrading.Grains.Placement;

/// <summary>Applies <see cref="SiloRolePlacementFilterStrategy"/> using each silo's published metadata.</summary>
public sealed class SiloRolePlacementFilterDirector(ISiloMetadataCache siloMetadata) : IPlacementFilterDirector
{
    public IEnumerable<SiloAddress> Filter(PlacementFilterStrategy filterStrategy, PlacementTarget target, IEnumerable<SiloAddress> silos)
    {
        if (filterStrategy is not SiloRolePlacementFilterStrategy strategy)
        {
            return silos;
        }

        var candidates = silos as IReadOnlyCollection<SiloAddress> ?? silos.ToList();
        var matching = candidates.Where(silo => RoleOf(silo).Serves(strategy.Role)).ToList();
        if (matching.Count > 0 || strategy.Required)
        {
            return matching;
        }

        return candidates;
    }

    private SiloRole RoleOf(SiloAddress silo)
    {
        var metadata = siloMetadata.GetSiloMetadata(silo);
        return metadata.Metadata.TryGetValue(SiloRoles.MetadataKey, out var text) && SiloRoles.TryParse(text, out var role)
            ? role
            : SiloRole.All;
    }
}
