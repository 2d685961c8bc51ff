namespace OrleansTrading.Domain.Positions;

/// <summary>
/// Which fill ids a <see cref="Position"/> remembers, to refuse a fill applied before. <see cref="All"/> (the default)
/// makes the position alone exactly-once: every id since it was opened or restored. <see cref="Recent"/> keeps only
/// the newest ids, for an owner that already applies each fill once by other means — the grains follow their account's
/// journal by sequence — and wants the ids as a second guard against an immediate repeat without holding every fill
/// id of a long-lived position in memory.
/// </summary>
public readonly record struct FillIdMemory
{
    private FillIdMemory(int limit) => Limit = limit;

    /// <summary>Every fill id since the position was opened or restored.</summary>
    public static FillIdMemory All => default;

    /// <summary>How many of the newest fill ids are remembered; 0 for all of them.</summary>
    public int Limit { get; }

    /// <summary>The newest <paramref name="count"/> fill ids only.</summary>
    public static FillIdMemory Recent(int count) =>
        count > 0 ? new FillIdMemory(count) : throw new ArgumentOutOfRangeException(nameof(count), count, "A position must remember at least one fill id.");
}
