using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

/// <summary>Invariants of the book over random sequences of submits, cancels and replaces from three participants.</summary>
public sealed class OrderBookProperties
{
    private const int Runs = 300;

    [Property(MaxTest = Runs)]
    public Property Book_never_stays_crossed_after_an_operation() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            foreach (var step in BookScenario.Play(operations))
            {
                if (step.BestBidAfter is { } bid && step.BestAskAfter is { } ask)
                {
                    Assert.True(bid < ask, $"crossed after {step.Operation}: bid {bid} >= ask {ask}");
                }
            }
        });

    [Property(MaxTest = Runs)]
    public Property Every_match_fills_both_sides_equally_and_no_order_fills_beyond_its_quantity() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            var events = BookScenario.Play(operations).SelectMany(s => s.Events).ToList();
            var fills = events.OfType<OrderFilled>().ToList();
            foreach (var trade in fills.GroupBy(f => f.TradeId))
            {
                var sides = trade.ToList();
                Assert.Equal(2, sides.Count);
                var taker = Assert.Single(sides, f => f.Liquidity == LiquiditySide.Taker);
                var maker = Assert.Single(sides, f => f.Liquidity == LiquiditySide.Maker);
                Assert.Equal(taker.Quantity, maker.Quantity);
                Assert.Equal(taker.Price, maker.Price);
                Assert.Equal(taker.Order.Side.Opposite(), maker.Order.Side);
                Assert.NotEqual(taker.Order.Participant, maker.Order.Participant);
                Assert.Equal(maker.Order.LimitPrice, maker.Price);
            }

            foreach (var order in fills.GroupBy(f => f.Order.VenueOrderId))
            {
                var cumulative = 0m;
                foreach (var fill in order)
                {
                    cumulative += fill.Quantity.Value;
                    Assert.Equal(cumulative, fill.Order.CumulativeQuantity.Value);
                    Assert.True(cumulative <= fill.Order.Quantity.Value, $"order {order.Key} filled {cumulative} of {fill.Order.Quantity}");
                }
            }

            foreach (var state in events.OfType<ExecutionEvent>().Select(e => e.Order))
            {
                var expectedLeaves = state.IsOpen ? state.Quantity.Value - state.CumulativeQuantity.Value : 0m;
                Assert.Equal(expectedLeaves, state.LeavesQuantity.Value);
            }
        });

    [Property(MaxTest = Runs)]
    public Property Fill_or_kill_orders_fill_completely_or_not_at_all() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            var events = BookScenario.Play(operations).SelectMany(s => s.Events).OfType<ExecutionEvent>();
            foreach (var order in events.Where(e => e.Order.TimeInForce == TimeInForce.Fok).GroupBy(e => e.Order.VenueOrderId))
            {
                var final = order.Last().Order;
                Assert.True(!final.IsOpen || (final.StopPrice is not null && !final.IsTriggered), $"FOK order {order.Key} is working in the book");
                Assert.True(
                    final.CumulativeQuantity.IsZero || final.CumulativeQuantity == final.Quantity,
                    $"FOK order {order.Key} filled {final.CumulativeQuantity} of {final.Quantity}");
            }
        });

    [Property(MaxTest = Runs)]
    public Property Resting_orders_are_kept_in_price_then_time_priority() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            foreach (var step in BookScenario.Play(operations))
            {
                AssertPriorityOrder(step.BidsAfter, OrderSide.Buy);
                AssertPriorityOrder(step.AsksAfter, OrderSide.Sell);
            }
        });

    [Property(MaxTest = Runs)]
    public Property Incoming_order_trades_with_resting_orders_strictly_in_priority_order() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            foreach (var step in BookScenario.Play(operations))
            {
                if (step.Request is NewOrderRequest { Type: OrderType.Limit or OrderType.Market } request)
                {
                    AssertTradedInPriorityOrder(step, request);
                }
            }
        });

    [Property(MaxTest = Runs)]
    public Property Replace_keeps_priority_exactly_when_prices_stay_and_quantity_does_not_grow() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            foreach (var step in BookScenario.Play(operations))
            {
                if (step.Request is not ReplaceOrderRequest request || step.Events.OfType<OrderReplaced>().SingleOrDefault() is not { } replaced)
                {
                    continue;
                }

                var before = step.TargetBefore!;
                var expectKept = request.LimitPrice == before.LimitPrice && request.StopPrice == before.StopPrice && request.Quantity <= before.Quantity;
                Assert.Equal(expectKept, replaced.KeptPriority);
                if (expectKept)
                {
                    Assert.Equal(before.TimePriority, replaced.Order.TimePriority);
                }
                else if (before.TimePriority != 0)
                {
                    Assert.True(replaced.Order.TimePriority > step.HighestPriorityBefore, "a replace that lost priority is not behind every earlier order");
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Same_operations_give_the_same_events_ids_included() =>
        Prop.ForAll(BookScenario.Operations, operations =>
        {
            var first = BookScenario.Play(operations).SelectMany(s => s.Events).ToList();
            var second = BookScenario.Play(operations).SelectMany(s => s.Events).ToList();
            Assert.Equal(first, second);
        });

    private static void AssertPriorityOrder(IReadOnlyList<OrderState> resting, OrderSide side)
    {
        for (var i = 1; i < resting.Count; i++)
        {
            var ahead = resting[i - 1];
            var behind = resting[i];
            var aheadPrice = ahead.LimitPrice!.Value;
            var behindPrice = behind.LimitPrice!.Value;
            var betterPrice = side == OrderSide.Buy ? aheadPrice > behindPrice : aheadPrice < behindPrice;
            Assert.True(
                betterPrice || (aheadPrice == behindPrice && ahead.TimePriority < behind.TimePriority),
                $"{side} {ahead.ClientOrderId} ({aheadPrice}, #{ahead.TimePriority}) is ahead of {behind.ClientOrderId} ({behindPrice}, #{behind.TimePriority})");
        }
    }

    /// <summary>
    /// The incoming order's matches are, in order, a prefix of the opposite side as it stood before (best price, then
    /// oldest first), every maker but the last taken completely; and it stopped only when filled, at its limit, at its
    /// own participant's order (self-trade prevention) or, for FOK, because the liquidity ahead was short.
    /// </summary>
    private static void AssertTradedInPriorityOrder(BookScenario.Step step, NewOrderRequest request)
    {
        var opposite = request.Side == OrderSide.Buy ? step.AsksBefore : step.BidsBefore;
        if (step.Events.FirstOrDefault() is not OrderAccepted accepted)
        {
            return;
        }

        var taker = accepted.Order.VenueOrderId;
        var ownEvents = step.Events.TakeWhile(e => e is not OrderTriggered).OfType<ExecutionEvent>().ToList();
        var makerFills = ownEvents.OfType<OrderFilled>().Where(f => f.Liquidity == LiquiditySide.Maker && f.ContraOrderId == taker).ToList();
        Assert.True(makerFills.Count <= opposite.Count, "more makers than resting orders");
        for (var i = 0; i < makerFills.Count; i++)
        {
            Assert.Equal(opposite[i].VenueOrderId, makerFills[i].Order.VenueOrderId);
            Assert.Equal(opposite[i].LimitPrice, makerFills[i].Price);
            if (i < makerFills.Count - 1)
            {
                Assert.True(makerFills[i].Order.LeavesQuantity.IsZero, $"maker {i} was left with {makerFills[i].Order.LeavesQuantity} before the next was taken");
            }
        }

        var takerFills = ownEvents.OfType<OrderFilled>().Where(f => f.Order.VenueOrderId == taker).ToList();
        if (takerFills.Count > 0 && takerFills[^1].Order.Status == OrderStatus.Filled)
        {
            return;
        }

        Assert.False(makerFills.Count > 0 && makerFills[^1].Order.LeavesQuantity.IsPositive, "the taker stopped while the maker it traded with still had quantity");
        var next = makerFills.Count < opposite.Count ? opposite[makerFills.Count] : null;
        var canceled = ownEvents.OfType<OrderCanceled>().SingleOrDefault(c => c.Order.VenueOrderId == taker);
        switch (canceled?.Reason)
        {
            case CancelReason.SelfTradePrevention:
                Assert.True(next is not null && next.Participant == request.Participant, "self-trade prevention fired without an own order next in line");
                break;
            case CancelReason.FillOrKill:
                Assert.Empty(makerFills);
                Assert.True(LiquidityAhead(opposite, request) < request.Quantity.Value, "a FOK order was killed although the book could fill it");
                break;
            default:
                Assert.True(next is null || !Accepts(request, next.LimitPrice!.Value), $"the taker stopped before {next?.ClientOrderId} which it could trade with");
                break;
        }
    }

    private static decimal LiquidityAhead(IReadOnlyList<OrderState> opposite, NewOrderRequest request)
    {
        var total = 0m;
        foreach (var maker in opposite)
        {
            if (maker.Participant == request.Participant || !Accepts(request, maker.LimitPrice!.Value))
            {
                break;
            }

            total += maker.LeavesQuantity.Value;
        }

        return total;
    }

    private static bool Accepts(NewOrderRequest request, Price price) =>
        request.Type == OrderType.Market || (request.Side == OrderSide.Buy ? price <= request.LimitPrice!.Value : price >= request.LimitPrice!.Value);
}
