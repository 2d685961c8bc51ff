using FsCheck;
using FsCheck.Fluent;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;
using static OrleansTrading.VenueSimulator.Tests.Matching.TestMarket;

namespace OrleansTrading.VenueSimulator.Tests.Matching;

/// <summary>Generates random operation sequences and plays them against a fresh book, recording each step.</summary>
internal static class BookScenario
{
    private static readonly ParticipantId[] _participants = [Alice, Bob, Carol];

    public static Arbitrary<IReadOnlyList<BookOperation>> Operations { get; } = Arb.From(OperationList(), Shrink);

    /// <summary>What one operation saw and did: the book's resting orders just before it, and the events it returned.</summary>
    public sealed record Step(
        BookOperation Operation,
        object? Request,
        OrderState? TargetBefore,
        IReadOnlyList<OrderState> BidsBefore,
        IReadOnlyList<OrderState> AsksBefore,
        long HighestPriorityBefore,
        IReadOnlyList<VenueEvent> Events,
        Price? BestBidAfter,
        Price? BestAskAfter,
        IReadOnlyList<OrderState> BidsAfter,
        IReadOnlyList<OrderState> AsksAfter);

    public static IReadOnlyList<Step> Play(IReadOnlyList<BookOperation> operations)
    {
        var book = NewBook();
        var used = _participants.ToDictionary(p => p, _ => new List<ClientOrderId>());
        var steps = new List<Step>(operations.Count);
        var highestPriority = 0L;
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            var who = _participants[operation.Who];
            var now = At(i);
            var bidsBefore = book.RestingOrders(OrderSide.Buy);
            var asksBefore = book.RestingOrders(OrderSide.Sell);
            var clientOrderId = Id($"{who}-{i}");
            OrderState? target = null;
            object? request = null;
            IReadOnlyList<VenueEvent> events;
            switch (operation)
            {
                case BookOperation.Submit submit:
                    var order = ToRequest(who, clientOrderId, submit);
                    request = order;
                    events = book.Submit(order, now);
                    used[who].Add(clientOrderId);
                    break;
                case BookOperation.Cancel cancel when used[who].Count > 0:
                    var cancelled = used[who][cancel.Pick % used[who].Count];
                    target = book.FindOrder(who, cancelled);
                    request = new CancelOrderRequest(who, clientOrderId, TestInstrument.Id, cancelled);
                    events = book.Cancel((CancelOrderRequest)request, now);
                    used[who].Add(clientOrderId);
                    break;
                case BookOperation.Replace replace when used[who].Count > 0:
                    var replaced = used[who][replace.Pick % used[who].Count];
                    target = book.FindOrder(who, replaced);
                    request = ToReplace(who, clientOrderId, replaced, target, replace);
                    events = book.Replace((ReplaceOrderRequest)request, now);
                    used[who].Add(clientOrderId);
                    break;
                default:
                    events = [];
                    break;
            }

            steps.Add(new Step(
                operation, request, target, bidsBefore, asksBefore, highestPriority, events,
                book.BestBid, book.BestAsk, book.RestingOrders(OrderSide.Buy), book.RestingOrders(OrderSide.Sell)));
            foreach (var executionEvent in events.OfType<ExecutionEvent>())
            {
                highestPriority = Math.Max(highestPriority, executionEvent.Order.TimePriority);
            }
        }

        return steps;
    }

    private static NewOrderRequest ToRequest(ParticipantId who, ClientOrderId clientOrderId, BookOperation.Submit submit) => new(
        who,
        clientOrderId,
        TestInstrument.Id,
        submit.Side,
        submit.Type,
        new Quantity(submit.Quantity),
        submit.TimeInForce,
        submit.Type is OrderType.Limit or OrderType.StopLimit ? Ticks(submit.LimitTicks) : null,
        submit.Type is OrderType.Stop or OrderType.StopLimit ? Ticks(submit.StopTicks) : null);

    private static ReplaceOrderRequest ToReplace(ParticipantId who, ClientOrderId clientOrderId, ClientOrderId original, OrderState? order, BookOperation.Replace replace)
    {
        var type = order?.Type ?? OrderType.Limit;
        var side = order?.Side ?? OrderSide.Buy;
        var quantity = Math.Max(1m, (order?.Quantity.Value ?? 1m) + replace.QuantityChange);
        var limit = order?.LimitPrice is { } price ? new Price(price.Value + (replace.PriceTicksChange * 0.01m)) : (Price?)null;
        return new ReplaceOrderRequest(who, clientOrderId, TestInstrument.Id, side, type, new Quantity(quantity), limit, order?.StopPrice, original);
    }

    private static Price Ticks(int ticks) => new(100m + (ticks * 0.01m));

    private static Gen<IReadOnlyList<BookOperation>> OperationList()
    {
        var submit =
            from who in Gen.Choose(0, _participants.Length - 1)
            from side in Gen.Elements(OrderSide.Buy, OrderSide.Sell)
            from type in Gen.Frequency(
                (8, Gen.Constant(OrderType.Limit)), (1, Gen.Constant(OrderType.Market)), (1, Gen.Constant(OrderType.Stop)), (1, Gen.Constant(OrderType.StopLimit)))
            from timeInForce in Gen.Frequency(
                (4, Gen.Constant(TimeInForce.Day)), (2, Gen.Constant(TimeInForce.Gtc)), (2, Gen.Constant(TimeInForce.Ioc)), (2, Gen.Constant(TimeInForce.Fok)))
            from limitTicks in Gen.Choose(-5, 5)
            from stopTicks in Gen.Choose(-5, 5)
            from quantity in Gen.Choose(1, 10)
            select (BookOperation)new BookOperation.Submit(who, side, type, timeInForce, limitTicks, stopTicks, quantity);
        var cancel =
            from who in Gen.Choose(0, _participants.Length - 1)
            from pick in Gen.Choose(0, 1000)
            select (BookOperation)new BookOperation.Cancel(who, pick);
        var replace =
            from who in Gen.Choose(0, _participants.Length - 1)
            from pick in Gen.Choose(0, 1000)
            from quantityChange in Gen.Choose(-3, 3)
            from priceChange in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-2, 2)))
            select (BookOperation)new BookOperation.Replace(who, pick, quantityChange, priceChange);
        return Gen.Frequency((6, submit), (1, cancel), (2, replace))
            .ListOf()
            .Select(operations => (IReadOnlyList<BookOperation>)operations.ToArray());
    }

    /// <summary>Shrinks by dropping one operation at a time, so a failure is reported with the fewest steps that show it.</summary>
    private static IEnumerable<IReadOnlyList<BookOperation>> Shrink(IReadOnlyList<BookOperation> operations)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            var shorter = new List<BookOperation>(operations);
            shorter.RemoveAt(i);
            yield return shorter;
        }
    }
}
