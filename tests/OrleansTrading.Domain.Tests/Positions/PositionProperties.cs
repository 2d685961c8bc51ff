using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Positions;

public sealed class PositionProperties
{
    private static readonly Instrument Micro = new(new InstrumentId("MICRO.TEST"), AssetClass.Future, Currency.Usd, 0.0001m, new Quantity(0.001m), 0.1m);

    private static readonly Gen<TradeSpec> TradeGen =
        from buy in Gen.Elements(true, false)
        from quantity in Gen.Choose(1, 500_000)
        from price in Gen.Choose(-1_000, 2_000_000)
        from commission in Gen.Choose(-50, 1_000)
        select new TradeSpec(buy ? OrderSide.Buy : OrderSide.Sell, quantity / 1_000m, price / 10_000m, commission / 100m);

    private static readonly Gen<Instrument> InstrumentGen = Gen.Elements(PositionFills.Equity, PositionFills.Future, Micro);

    private static readonly Arbitrary<Scenario> Scenarios = (
        from instrument in InstrumentGen
        from trades in TradeGen.ListOf()
        from mark in Gen.Choose(1, 3_000_000)
        from redeliveries in Gen.Choose(0, 10_000).ListOf()
        select new Scenario(instrument, [.. trades], mark / 10_000m, [.. redeliveries])).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Net_quantity_is_the_sum_of_signed_fill_quantities() => Prop.ForAll(Scenarios, scenario =>
    {
        var position = PositionFills.NewPosition(scenario.Instrument);
        var expected = 0m;
        foreach (var fill in scenario.Fills())
        {
            position.Apply(fill);
            expected += fill.SignedQuantity;
        }

        return position.NetQuantity == expected;
    });

    [Property(MaxTest = 300)]
    public Property Realised_plus_unrealised_equals_cash_flow_plus_mark_value_exactly() => Prop.ForAll(Scenarios, scenario =>
    {
        var position = PositionFills.NewPosition(scenario.Instrument);
        var cash = 0m;
        foreach (var fill in scenario.Fills())
        {
            position.Apply(fill);
            cash += PositionFills.CashFlowOf(fill, scenario.Instrument.Multiplier);
        }

        var mark = new Price(scenario.Mark);
        var markValue = position.NetQuantity * scenario.Mark * scenario.Instrument.Multiplier;
        return (position.RealisedPnlNet + position.UnrealisedPnl(mark) == cash + markValue)
            .Label($"realised {position.RealisedPnlNet} + unrealised {position.UnrealisedPnl(mark)} vs cash {cash} + mark value {markValue}")
            .And(position.CashFlow == cash)
            .And(position.NetQuantity != 0m || position.OpenCost == 0m);
    });

    [Property(MaxTest = 300)]
    public Property Redelivered_fills_leave_the_position_as_if_each_arrived_once() => Prop.ForAll(Scenarios, scenario =>
    {
        var fills = scenario.Fills();
        var once = PositionFills.NewPosition(scenario.Instrument);
        var withRedelivery = PositionFills.NewPosition(scenario.Instrument);
        var duplicates = 0;
        for (var i = 0; i < fills.Length; i++)
        {
            once.Apply(fills[i]);
            withRedelivery.Apply(fills[i]);
            if (i < scenario.Redeliveries.Length)
            {
                // Redeliver an earlier (or the same) fill at this point of the stream.
                duplicates += withRedelivery.Apply(fills[scenario.Redeliveries[i] % (i + 1)]).IsDuplicate ? 1 : 0;
            }
        }

        return Same(once, withRedelivery).And(duplicates == Math.Min(fills.Length, scenario.Redeliveries.Length));
    });

    [Property(MaxTest = 300)]
    public Property Reversal_equals_closing_the_position_then_opening_the_remainder() => Prop.ForAll(
        (from instrument in InstrumentGen
         from openLong in Gen.Elements(true, false)
         from open in Gen.Choose(1, 100_000)
         from extra in Gen.Choose(1, 100_000)
         from openPrice in Gen.Choose(1, 1_000_000)
         from closePrice in Gen.Choose(1, 1_000_000)
         select (instrument, openLong, open / 100m, extra / 100m, openPrice / 100m, closePrice / 100m)).ToArbitrary(),
        t =>
        {
            var (instrument, openLong, open, extra, openPrice, closePrice) = t;
            var side = openLong ? OrderSide.Buy : OrderSide.Sell;
            var reversed = PositionFills.NewPosition(instrument);
            reversed.ApplyTrade(side, new Quantity(open), new Price(openPrice));
            var change = reversed.ApplyTrade(side.Opposite(), new Quantity(open + extra), new Price(closePrice));

            var split = PositionFills.NewPosition(instrument);
            split.ApplyTrade(side, new Quantity(open), new Price(openPrice));
            var close = split.ApplyTrade(side.Opposite(), new Quantity(open), new Price(closePrice));
            split.ApplyTrade(side.Opposite(), new Quantity(extra), new Price(closePrice));

            return Same(reversed, split)
                .And(change.ClosedQuantity == open && change.OpenedQuantity == extra)
                .And(change.RealisedPnlGross == close.RealisedPnlGross)
                .And(reversed.AverageOpenPrice == new Price(closePrice));
        });

    private static Property Same(Position left, Position right) =>
        (left.NetQuantity == right.NetQuantity
         && left.OpenCost == right.OpenCost
         && left.RealisedPnlGross == right.RealisedPnlGross
         && left.Commissions == right.Commissions)
        .Label($"net {left.NetQuantity}/{right.NetQuantity}, cost {left.OpenCost}/{right.OpenCost}, realised {left.RealisedPnlGross}/{right.RealisedPnlGross}");

    internal sealed record TradeSpec(OrderSide Side, decimal Quantity, decimal Price, decimal Commission);

    internal sealed record Scenario(Instrument Instrument, TradeSpec[] Trades, decimal Mark, int[] Redeliveries)
    {
        public Fill[] Fills()
        {
            var fills = new Fill[Trades.Length];
            for (var i = 0; i < Trades.Length; i++)
            {
                var t = Trades[i];
                fills[i] = new Fill(
                    new FillId($"F{i}"),
                    PositionFills.Account,
                    PositionFills.Strategy,
                    Instrument.Id,
                    new ClientOrderId($"O{i}"),
                    t.Side,
                    new Quantity(t.Quantity),
                    new Price(t.Price),
                    new Money(t.Commission, Instrument.QuoteCurrency),
                    new UnixNanos(i),
                    new UnixNanos(i));
            }

            return fills;
        }

        public override string ToString() =>
            $"{Instrument.Id} ×{Instrument.Multiplier}, mark {Mark}, trades [{string.Join(", ", Trades.Select(t => $"{t.Side} {t.Quantity}@{t.Price} c{t.Commission}"))}]";
    }
}
