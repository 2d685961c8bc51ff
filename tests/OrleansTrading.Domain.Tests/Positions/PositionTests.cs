using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Positions.PositionFills;

namespace OrleansTrading.Domain.Tests.Positions;

public sealed class PositionTests
{
    [Fact]
    public void Buys_accumulate_at_the_quantity_weighted_average_price()
    {
        var position = NewPosition();
        position.Apply(Buy(100m, 10m));
        position.Apply(Buy(300m, 12m));

        Assert.Equal(400m, position.NetQuantity);
        Assert.Equal(4600m, position.OpenCost);
        Assert.Equal(new Price(11.5m), position.AverageOpenPrice);
        Assert.Equal(PositionSide.Long, position.Side);
        Assert.Equal(0m, position.RealisedPnlGross);
    }

    [Fact]
    public void Partial_sale_realises_pnl_against_the_average_open_price()
    {
        var position = NewPosition();
        position.Apply(Buy(100m, 10m));
        position.Apply(Buy(100m, 12m));

        var change = position.Apply(Sell(50m, 15m)).Change;

        Assert.Equal(200m, change.RealisedPnlGross); // 50 × (15 − 11)
        Assert.Equal(50m, change.ClosedQuantity);
        Assert.Equal(0m, change.OpenedQuantity);
        Assert.Equal(150m, position.NetQuantity);
        Assert.Equal(new Price(11m), position.AverageOpenPrice);
        Assert.Equal(200m, position.RealisedPnlGross);
    }

    [Fact]
    public void Short_position_realises_profit_when_bought_back_lower()
    {
        var position = NewPosition();
        position.Apply(Sell(10m, 100m));
        var change = position.Apply(Buy(4m, 90m)).Change;

        Assert.Equal(40m, change.RealisedPnlGross);
        Assert.Equal(-6m, position.NetQuantity);
        Assert.Equal(PositionSide.Short, position.Side);
        Assert.Equal(new Price(100m), position.AverageOpenPrice);
        Assert.Equal(60m, position.UnrealisedPnl(new Price(90m)));
    }

    [Fact]
    public void Multiplier_scales_realised_and_unrealised_pnl()
    {
        var position = NewPosition(Future);
        position.Apply(Buy(2m, 4000m, instrument: Future));
        Assert.Equal(2m * 10m * 50m, position.UnrealisedPnl(new Price(4010m)));
        Assert.Equal(2m * 4010m * 50m, position.MarkValue(new Price(4010m)));

        var change = position.Apply(Sell(1m, 4020m, instrument: Future)).Change;
        Assert.Equal(1000m, change.RealisedPnlGross); // 1 × 20 × 50
        Assert.Equal(new Price(4000m), position.AverageOpenPrice);
    }

    [Fact]
    public void Long_to_short_reversal_realises_the_closing_part_and_opens_the_rest_at_the_fill_price()
    {
        var position = NewPosition();
        position.Apply(Buy(100m, 10m));

        var change = position.Apply(Sell(150m, 12m)).Change;

        Assert.True(change.Reversed);
        Assert.Equal(100m, change.ClosedQuantity);
        Assert.Equal(50m, change.OpenedQuantity);
        Assert.Equal(200m, change.RealisedPnlGross); // 100 × (12 − 10)
        Assert.Equal(-50m, position.NetQuantity);
        Assert.Equal(new Price(12m), position.AverageOpenPrice);
        Assert.Equal(-600m, position.OpenCost);
    }

    [Fact]
    public void Short_to_long_reversal_realises_the_closing_part_and_opens_the_rest_at_the_fill_price()
    {
        var position = NewPosition(Future);
        position.Apply(Sell(3m, 4000m, instrument: Future));

        var change = position.Apply(Buy(5m, 4010m, instrument: Future)).Change;

        Assert.Equal(-1500m, change.RealisedPnlGross); // 3 × (4000 − 4010) × 50
        Assert.Equal(3m, change.ClosedQuantity);
        Assert.Equal(2m, change.OpenedQuantity);
        Assert.Equal(2m, position.NetQuantity);
        Assert.Equal(new Price(4010m), position.AverageOpenPrice);
    }

    [Fact]
    public void Going_flat_resets_the_average_and_open_cost()
    {
        var position = NewPosition();
        position.Apply(Buy(3m, 10m));
        position.Apply(Sell(1m, 11m)); // removes 10 of open cost 30 → rounding-free here
        position.Apply(Buy(1m, 10.01m));
        position.Apply(Sell(3m, 9m));

        Assert.Equal(0m, position.NetQuantity);
        Assert.Equal(0m, position.OpenCost);
        Assert.Equal(Price.Zero, position.AverageOpenPrice);
        Assert.Equal(PositionSide.Flat, position.Side);

        position.Apply(Buy(1m, 50m));
        Assert.Equal(new Price(50m), position.AverageOpenPrice);
    }

    [Fact]
    public void Partial_reduction_with_an_inexact_share_keeps_the_cash_flow_identity_exact()
    {
        var position = NewPosition();
        var fills = new[] { Buy(3m, 10m), Buy(4m, 10.01m), Sell(1m, 10.5m), Sell(1m, 10.7m) };
        var expectedCash = 0m;
        foreach (var fill in fills)
        {
            position.Apply(fill);
            expectedCash += CashFlowOf(fill, 1m);
        }

        var mark = new Price(10.33m);
        Assert.Equal(expectedCash, position.CashFlow);
        Assert.Equal(expectedCash + position.MarkValue(mark), position.RealisedPnlNet + position.UnrealisedPnl(mark));
    }

    [Fact]
    public void Commissions_accumulate_and_separate_gross_from_net_realised_pnl()
    {
        var position = NewPosition();
        position.Apply(Buy(10m, 100m, commission: 1.5m));
        position.Apply(Sell(10m, 101m, commission: 1.5m));

        Assert.Equal(10m, position.RealisedPnlGross);
        Assert.Equal(3m, position.Commissions);
        Assert.Equal(7m, position.RealisedPnlNet);
        Assert.Equal(7m, position.CashFlow);
    }

    [Fact]
    public void Fill_is_applied_once_when_execution_report_is_redelivered()
    {
        var position = NewPosition();
        var fill = Buy(10m, 100m, commission: 1m);

        var first = position.Apply(fill);
        var second = position.Apply(fill);

        Assert.Equal(FillOutcome.Applied, first.Outcome);
        Assert.Equal(FillOutcome.Duplicate, second.Outcome);
        Assert.True(second.IsDuplicate);
        Assert.Equal(0m, second.Change.OpenedQuantity);
        Assert.Equal(10m, position.NetQuantity);
        Assert.Equal(1m, position.Commissions);
        Assert.Equal(1, position.AppliedFillCount);
        Assert.True(position.HasApplied(fill.FillId));
    }

    [Fact]
    public void Fill_for_another_instrument_is_refused_and_changes_nothing()
    {
        var position = NewPosition();
        var wrong = Buy(1m, 4000m, instrument: Future);

        var error = Assert.Throws<ArgumentException>(() => position.Apply(wrong));

        Assert.Contains("ESZ6.XCME", error.Message, StringComparison.Ordinal);
        Assert.Equal(0m, position.NetQuantity);
        Assert.False(position.HasApplied(wrong.FillId));
    }

    [Fact]
    public void Strategy_position_refuses_another_strategys_fill_while_account_position_takes_both()
    {
        var strategyPosition = NewPosition(strategy: Strategy);
        var accountPosition = NewPosition();
        var other = Fill(OrderSide.Buy, 1m, 10m, strategy: OtherStrategy);

        Assert.Throws<ArgumentException>(() => strategyPosition.Apply(other));
        accountPosition.Apply(other);
        accountPosition.Apply(Buy(1m, 10m));

        Assert.Equal(0m, strategyPosition.NetQuantity);
        Assert.Equal(2m, accountPosition.NetQuantity);
    }

    [Fact]
    public void Commission_in_another_currency_is_refused_and_changes_nothing()
    {
        var position = NewPosition();
        var fill = Fill(OrderSide.Buy, 1m, 10m, commission: 1m, commissionCurrency: Currency.Eur);

        var error = Assert.Throws<ArgumentException>(() => position.Apply(fill));

        Assert.Contains("convert the commission to USD", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, position.AppliedFillCount);
    }

    [Fact]
    public void Zero_quantity_fill_is_refused_and_its_id_is_not_recorded()
    {
        var position = NewPosition();
        var fill = Buy(0m, 10m, id: "ZERO");

        Assert.Throws<ArgumentOutOfRangeException>(() => position.Apply(fill));

        Assert.False(position.HasApplied(new FillId("ZERO")));
    }

    [Fact]
    public void Snapshot_restores_totals_and_the_applied_fill_ids()
    {
        var position = NewPosition(Future, Strategy);
        var first = Buy(3m, 4000m, commission: 2m, instrument: Future);
        position.Apply(first);
        position.Apply(Sell(1m, 4004m, commission: 2m, instrument: Future));

        var snapshot = position.ToSnapshot();
        var restored = Position.Restore(snapshot);

        Assert.Equal(position.Key, restored.Key);
        Assert.Equal(position.NetQuantity, restored.NetQuantity);
        Assert.Equal(position.OpenCost, restored.OpenCost);
        Assert.Equal(position.RealisedPnlGross, restored.RealisedPnlGross);
        Assert.Equal(position.Commissions, restored.Commissions);
        Assert.Equal(position.CashFlow, snapshot.CashFlow);
        Assert.Equal(position.UnrealisedPnl(new Price(4010m)), snapshot.UnrealisedPnl(new Price(4010m)));
        Assert.Equal(snapshot.AppliedFillIds, restored.ToSnapshot().AppliedFillIds);
        Assert.True(restored.Apply(first).IsDuplicate);
    }

    [Fact]
    public void Restore_refuses_a_flat_snapshot_with_open_cost()
    {
        var snapshot = NewPosition().ToSnapshot() with { OpenCost = 5m };

        var error = Assert.Throws<ArgumentException>(() => Position.Restore(snapshot));

        Assert.Contains("flat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_refuses_a_snapshot_that_lists_a_fill_twice()
    {
        var snapshot = NewPosition().ToSnapshot() with { AppliedFillIds = [new FillId("A"), new FillId("A")] };

        Assert.Throws<ArgumentException>(() => Position.Restore(snapshot));
    }

    [Fact]
    public void Trade_without_fill_id_uses_the_same_accounting()
    {
        var position = NewPosition();
        position.ApplyTrade(OrderSide.Buy, new Quantity(10m), new Price(10m), 1m);
        var change = position.ApplyTrade(OrderSide.Sell, new Quantity(10m), new Price(11m), 1m);

        Assert.Equal(10m, change.RealisedPnlGross);
        Assert.Equal(8m, position.RealisedPnlNet);
        Assert.Equal(0, position.AppliedFillCount);
    }
}
