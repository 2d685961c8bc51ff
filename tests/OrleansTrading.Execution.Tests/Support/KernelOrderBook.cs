using System.Collections.Concurrent;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Grains.Orders;

namespace OrleansTrading.Execution.Tests.Support;

/// <summary>
/// The order side of the platform without a silo: each order is the real kernel <see cref="Order"/>, applied the way the
/// order grain applies venue input. Calls can be made to fail, to exercise the connector's retries.
/// </summary>
internal sealed class KernelOrderBook : IOrderEndpoint
{
    public static readonly AccountId Account = new("ACC-1");
    public static readonly VenueId Venue = new("SIM");

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Order> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _requests = new(StringComparer.Ordinal);
    private int _failures;

    /// <summary>Every report applied, in the order the connector delivered it: (order key, ExecID, outcome).</summary>
    public ConcurrentQueue<(string OrderKey, string ExecId, ExecutionOutcomeKind Outcome)> Applied { get; } = new();

    public ConcurrentQueue<VenueOrderUnknown> UnknownNotices { get; } = new();

    /// <summary>While true every call fails, as a grain call does when its silo is unreachable.</summary>
    public bool Unavailable { get; set; }

    /// <summary>The next <paramref name="count"/> calls fail.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

    public Order this[string orderKey]
    {
        get
        {
            lock (_lock)
            {
                return _orders[orderKey];
            }
        }
    }

    /// <summary>A new submitted (PendingNew) limit order and the request the gateway would hand the connector.</summary>
    public VenueOrder NewOrder(string clientOrderId, decimal quantity, decimal price, OrderSide side = OrderSide.Buy, TimeInForce timeInForce = TimeInForce.Day, UnixNanos? expireTime = null)
    {
        var id = new ClientOrderId(clientOrderId);
        var now = Now;
        var specification = new OrderSpecification(VenueClientOrderIds.For(Account, id), Account, new StrategyId("STRAT-1"), TestInstruments.Aapl.Id, Venue,
            side, OrderType.Limit, timeInForce, new Quantity(quantity))
        {
            LimitPrice = new Price(price),
            ExpireTime = expireTime,
        };
        var created = Order.Create(specification, TestInstruments.Aapl, now);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        var order = created.Order!;
        Assert.True(order.MarkSubmitted(now).Succeeded);
        var key = GrainKeys.Order(Account, id);
        lock (_lock)
        {
            _orders[key] = order;
        }

        return new VenueOrder(key, Account, order.Instrument, order.ClientOrderId, side, OrderType.Limit, order.Quantity, order.LimitPrice, null, timeInForce, expireTime, now);
    }

    public VenueCancelRequest Cancel(string orderKey)
    {
        lock (_lock)
        {
            var order = _orders[orderKey];
            var requestId = VenueClientOrderIds.Request(order.Id, _requests[orderKey] = _requests.GetValueOrDefault(orderKey) + 1);
            var origId = order.ClientOrderId;
            Assert.True(order.RequestCancel(requestId, Now).Succeeded);
            return new VenueCancelRequest(orderKey, order.Instrument, requestId, origId, order.VenueOrderId, order.Side, order.Quantity);
        }
    }

    public VenueReplaceRequest Replace(string orderKey, decimal quantity, decimal price)
    {
        lock (_lock)
        {
            var order = _orders[orderKey];
            var requestId = VenueClientOrderIds.Request(order.Id, _requests[orderKey] = _requests.GetValueOrDefault(orderKey) + 1);
            var origId = order.ClientOrderId;
            var result = order.RequestReplace(new ReplaceRequest(requestId) { Quantity = new Quantity(quantity), LimitPrice = new Price(price) }, TestInstruments.Aapl, Now);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return new VenueReplaceRequest(orderKey, order.Instrument, requestId, origId, order.VenueOrderId, order.Side, order.Type,
                new Quantity(quantity), new Price(price), null, order.TimeInForce);
        }
    }

    /// <summary>What the order grain does with the gateway's immediate answer (the kernel refuses to reject a PendingNew order itself).</summary>
    public void Apply(string orderKey, VenueResponse response)
    {
        lock (_lock)
        {
            var order = _orders[orderKey];
            if (response.Refusal is { } refusal && order.Status == OrderStatus.PendingNew)
            {
                order.Reject(refusal.Message, Now);
            }

            foreach (var report in response.Reports)
            {
                order.Apply(report, Now);
            }

            foreach (var reject in response.CancelRejects)
            {
                order.Apply(reject, Now);
            }
        }
    }

    public Task ApplyExecutionAsync(string orderKey, VenueId venue, ExecutionReport report)
    {
        FailIfAsked();
        lock (_lock)
        {
            var outcome = _orders[orderKey].Apply(report, Now);
            Applied.Enqueue((orderKey, report.ExecId.Value, outcome.Kind));
        }

        return Task.CompletedTask;
    }

    public Task ApplyCancelRejectAsync(string orderKey, VenueId venue, CancelReject reject)
    {
        FailIfAsked();
        lock (_lock)
        {
            _orders[orderKey].Apply(reject, Now);
        }

        return Task.CompletedTask;
    }

    public Task ApplyVenueUnknownAsync(string orderKey, VenueOrderUnknown notice)
    {
        FailIfAsked();
        UnknownNotices.Enqueue(notice);
        lock (_lock)
        {
            var order = _orders[orderKey];
            if (order.Status == OrderStatus.PendingNew && order.VenueOrderId is null)
            {
                order.Reject(notice.Text ?? "unknown to the venue", Now);
            }
        }

        return Task.CompletedTask;
    }

    public Task<PlatformOrderState?> GetAsync(string orderKey)
    {
        FailIfAsked();
        lock (_lock)
        {
            return Task.FromResult(_orders.TryGetValue(orderKey, out var order)
                ? new PlatformOrderState(order.Status, order.Quantity, order.CumQty, order.ClientOrderId, order.VenueOrderId)
                : null);
        }
    }

    private static UnixNanos Now => UnixNanos.FromDateTime(DateTime.UtcNow);

    private void FailIfAsked()
    {
        if (Unavailable)
        {
            throw new TimeoutException("The order grain's silo is unreachable (test).");
        }

        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new TimeoutException("Injected transient failure (test).");
        }
    }
}
