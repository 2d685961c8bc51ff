using OrleansTrading.Domain.Positions;

namespace OrleansTrading.Grains.Positions;

/// <summary>How the grains keep the kernel's <see cref="Position"/>s.</summary>
internal static class GrainPositions
{
    /// <summary>
    /// The fill ids a grain's position remembers. Grains apply each fill once by the order of their account's journal —
    /// the account by each order's change versions, a position grain by journal sequence (<see cref="FillChain"/>) —
    /// so the ids are a second guard against an immediate repeat, not the record: remembering every id would grow a
    /// busy position's memory for as long as it stays active.
    /// </summary>
    public static readonly FillIdMemory FillIds = FillIdMemory.Recent(4096);
}
