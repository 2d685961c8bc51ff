namespace OrleansTrading.Grains.Placement;

/// <summary>What a silo is for. Published as silo metadata under <see cref="SiloRoles.MetadataKey"/>.</summary>
public enum SiloRole
{
    /// <summary>Everything in one process: the embedded default.</summary>
    All,

    /// <summary>Co-located with a venue: execution gateways and latency-critical paths.</summary>
    Colo,

    /// <summary>Cloud: API, reporting, analytics, portfolio aggregation.</summary>
    Cloud,
}
