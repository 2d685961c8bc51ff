using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Simulation;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.MarketData.Market;

namespace OrleansTrading.Domain.Tests.Simulation;

public class SimulationProperties
{
    public sealed record FeeCase(decimal PerUnit, decimal Bps, decimal Fixed, decimal Minimum, decimal Maximum, int[] FillSizes, int[] PriceCents);

    public sealed record OrderCase(OrderSide Side, OrderType Type, TimeInForce Tif, int Quantity, int LimitCents, int StopCents, decimal Participation, (bool IsTrade, int PriceCents, int Size)[] Ticks);

    private static Arbitrary<FeeCase> FeeCases { get; } = Arb.From(
        from perUnit in Gen.Choose(0, 100)
        from bps in Gen.Choose(0, 50)
        from fixedFee in Gen.Choose(0, 500)
        from min in Gen.Choose(0, 2_000)
        from spread in Gen.Choose(0, 5_000)
        from fills in Gen.NonEmptyListOf(Gen.Choose(1, 500))
        from prices in Gen.ArrayOf(Gen.Choose(1, 100_000), 20)
        select new FeeCase(perUnit / 1000m, bps / 10m, fixedFee / 100m, min / 100m, (min + spread) / 100m, [.. fills], prices));

    private static Arbitrary<OrderCase> OrderCases { get; } = Arb.From(
        from side in Gen.Elements(OrderSide.Buy, OrderSide.Sell)
        from type in Gen.Elements(OrderType.Market, OrderType.Limit, OrderType.Stop, OrderType.StopLimit)
        from tif in Gen.Elements(TimeInForce.Day, TimeInForce.Gtc, TimeInForce.Ioc, TimeInForce.Fok)
        from quantity in Gen.Choose(1, 1_000)
        from limit in Gen.Choose(9_900, 10_100)
        from stop in Gen.Choose(9_900, 10_100)
        from participation in Gen.Choose(1, 100)
        from ticks in Gen.ArrayOf(
            from isTrade in Gen.Elements(true, false)
            from price in Gen.Choose(9_900, 10_100)
            from size in Gen.Choose(0, 400)
            select (isTrade, price, size))
        select new OrderCase(side, type, tif, quantity, limit, stop, participation / 100m, ticks));

    [Property(MaxTest = 300)]
    public Property Order_fees_add_up_to_the_bounded_total_and_stay_within_minimum_and_maximum() =>
        Prop.ForAll(FeeCases, c =>
        {
            var model = new BoundedFee(new CompositeFee(new PerUnitFee(c.PerUnit), new BasisPointFee(c.Bps), new FixedPerOrderFee(c.Fixed)), c.Minimum, c.Maximum);
            var filled = Quantity.Zero;
            var notional = 0m;
            var charged = 0m;
            for (var i = 0; i < c.FillSizes.Length; i++)
            {
                var quantity = new Quantity(c.FillSizes[i]);
                var price = new Price(c.PriceCents[i % c.PriceCents.Length] / 100m);
                charged += model.FeeForFill(Equity, filled, notional, quantity, price).Amount;
                filled += quantity;
                notional += Equity.Notional(price, quantity).Amount;
            }

            var raw = (filled.Value * c.PerUnit) + (notional * c.Bps / 10_000m) + c.Fixed;
            return (charged >= c.Minimum && charged <= c.Maximum).Label($"charged {charged} within [{c.Minimum}, {c.Maximum}]")
                .And((charged == Math.Clamp(raw, c.Minimum, c.Maximum)).Label("charged equals the clamped schedule"));
        });

    [Property(MaxTest = 300)]
    public Property Partial_fills_never_exceed_the_order_quantity() =>
        Prop.ForAll(OrderCases, c =>
        {
            var model = new FillModel(new FillModelOptions(c.Participation, c.Participation, fillRestingLimitAtTouch: true), new FixedTickSlippage(1));
            var order = new OrderView(
                new Identifiers.ClientOrderId("P-1"),
                c.Side,
                c.Type,
                c.Tif,
                new Quantity(c.Quantity),
                limitPrice: c.Type is OrderType.Limit or OrderType.StopLimit ? new Price(c.LimitCents / 100m) : null,
                stopPrice: c.Type is OrderType.Stop or OrderType.StopLimit ? new Price(c.StopCents / 100m) : null);
            var filled = 0m;
            var everyFillWithinLeaves = true;
            var evaluations = 0;
            foreach (var (isTrade, priceCents, size) in c.Ticks)
            {
                var price = priceCents / 100m;
                var decision = isTrade
                    ? model.OnTrade(Equity, order, Trade(price, size, At(10, 0, 0)))
                    : model.OnQuote(Equity, order, Quote(price, price + 0.02m, size, size, At(10, 0, 0)));
                evaluations++;
                everyFillWithinLeaves &= decision.Quantity <= order.LeavesQuantity;
                if (decision.HasFill)
                {
                    filled += decision.Quantity.Value;
                    if (filled == c.Quantity)
                    {
                        break;
                    }

                    order = order.WithFill(decision.Quantity, 0m, decision.StopTriggered);
                }
                else if (decision.StopTriggered)
                {
                    order = order.WithFill(Quantity.Zero, 0m, stopTriggered: true);
                }

                if (decision.CancelRemainder)
                {
                    break;
                }
            }

            var immediateEvaluatedOnce = c.Tif is not (TimeInForce.Ioc or TimeInForce.Fok) || evaluations <= 1;
            var fokAllOrNothing = c.Tif != TimeInForce.Fok || filled == 0m || filled == c.Quantity;
            return (filled <= c.Quantity).Label($"filled {filled} of {c.Quantity}")
                .And(everyFillWithinLeaves.Label("each fill within leaves"))
                .And(immediateEvaluatedOnce.Label("IOC/FOK cancelled after one evaluation"))
                .And(fokAllOrNothing.Label("FOK all or nothing"));
        });
}
