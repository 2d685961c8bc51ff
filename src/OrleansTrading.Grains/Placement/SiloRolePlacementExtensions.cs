using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Placement;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace OrleansTrading.Grains.Placement;

public static class SiloRolePlacementExtensions
{
    /// <summary>Publishes this silo's role as metadata and enables the role placement filter.</summary>
    public static ISiloBuilder UseSiloRole(this ISiloBuilder builder, SiloRole role)
    {
        builder.UseSiloMetadata(new Dictionary<string, string> { [SiloRoles.MetadataKey] = role.ToMetadataValue() });
        // Transient: the resolver initialises each strategy instance from one grain type's properties, so
        // grain types with different roles must not share an instance.
        builder.Services.AddPlacementFilter<SiloRolePlacementFilterStrategy, SiloRolePlacementFilterDirector>(ServiceLifetime.Transient);
        return builder;
    }
}
