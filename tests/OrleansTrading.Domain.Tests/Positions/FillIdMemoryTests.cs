using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Positions;
using static OrleansTrading.Domain.Tests.Positions.PositionFills;

namespace OrleansTrading.Domain.Tests.Positions;

/// <summary>
/// A position with a bounded fill-id memory: the same accounting, a repeat within the memory still refused, and the
/// memory held to its size however many fills a long-lived position takes.
/// </summary>
public sealed class FillIdMemoryTests
{
    [Fact]
    public void A_bounded_memory_refuses_a_recent_repeat_and_keeps_only_the_newest_ids()
    {
        var position = Position.Open(Equity, Account, Strategy, memory: FillIdMemory.Recent(3));
        var fills = Enumerable.Range(1, 5).Select(i => Buy(1m, 100m + i, id: $"M{i}")).ToArray();
        foreach (var fill in fills)
        {
            Assert.False(position.Apply(fill).IsDuplicate);
        }

        Assert.True(position.Apply(fills[^1]).IsDuplicate);
        Assert.True(position.Apply(fills[2]).IsDuplicate);
        Assert.Equal(3, position.AppliedFillCount);
        Assert.False(position.HasApplied(fills[1].FillId)); // forgotten: the owner's own ordering guards it now
        Assert.Equal(["M3", "M4", "M5"], position.ToSnapshot().AppliedFillIds.Select(f => f.Value));
        Assert.Equal(5m, position.NetQuantity);
        Assert.Equal(515m, position.OpenCost);
    }

    [Fact]
    public void Positions_with_bounded_and_unbounded_memories_account_for_the_same_fills_identically()
    {
        var bounded = Position.Open(Future, Account, Strategy, memory: FillIdMemory.Recent(2));
        var unbounded = Position.Open(Future, Account, Strategy);
        var fills = new[] { Buy(3m, 4000m, 2m, Future), Sell(5m, 4010m, 2m, Future), Buy(1m, 3990.25m, 1m, Future), Buy(1m, 4001m, 0.5m, Future) };
        foreach (var fill in fills)
        {
            Assert.Equal(unbounded.Apply(fill), bounded.Apply(fill));
        }

        Assert.Equal(unbounded.NetQuantity, bounded.NetQuantity);
        Assert.Equal(unbounded.OpenCost, bounded.OpenCost);
        Assert.Equal(unbounded.RealisedPnlNet, bounded.RealisedPnlNet);
        Assert.Equal(unbounded.CashFlow, bounded.CashFlow);
    }

    [Fact]
    public void A_bounded_restore_keeps_the_newest_listed_ids_and_still_refuses_a_snapshot_listing_one_twice()
    {
        var snapshot = Position.Open(Equity, Account, Strategy).ToSnapshot() with
        {
            AppliedFillIds = [new FillId("A"), new FillId("B"), new FillId("C")],
        };

        var restored = Position.Restore(snapshot, FillIdMemory.Recent(2));

        Assert.Equal(["B", "C"], restored.ToSnapshot().AppliedFillIds.Select(f => f.Value));
        Assert.Throws<ArgumentException>(() => Position.Restore(
            snapshot with { AppliedFillIds = [new FillId("A"), new FillId("B"), new FillId("C"), new FillId("A")] }, FillIdMemory.Recent(2)));
    }

    [Fact]
    public void A_memory_must_hold_at_least_one_id()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FillIdMemory.Recent(0));
        Assert.Equal(0, FillIdMemory.All.Limit);
    }
}
