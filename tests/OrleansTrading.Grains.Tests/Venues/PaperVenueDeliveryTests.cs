using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Instruments;
using OrleansTrading.Grains.MarketData;
using OrleansTrading.Grains.Tests.Cluster;
using OrleansTrading.Grains.Tests.Serialization;
using OrleansTrading.Grains.Venues.Paper;
using OrderCommandResult = OrleansTrading.Abstractions.Orders.OrderCommandResult;
using OrleansTrading.Testing;

namespace OrleansTrading.Grains.Tests.Venues;

/// <summary>
/// Later reports (fills on new quotes) go to the order grains in order, even when an order's grain cannot be reached
/// for a while (its silo just died): the reports behind the undelivered one wait for it.
/// </summary>
public sealed class PaperVenueDeliveryTests
{
    private static readonly Domain.Instruments.Instrument Aapl = ClusterFixture.Aapl;

    [Fact]
    public async Task Fills_for_an_order_whose_grain_is_briefly_unreachable_arrive_in_order_and_once()
    {
        var orders = new FlakyOrders(failFirst: 1);
        var clock = new ManualClock(UnixNanos.FromDateTime(ClusterFixture.Start));
        await using var venue = new PaperVenue(new InstrumentCatalog([Aapl]), FlakyOrders.Factory(orders), clock, new MarketPriceBook(),
            new PaperVenueOptions(), TestSerializer.Instance, NullLogger<PaperVenue>.Instance);
        var order = new VenueOrder("ACC|c1", new AccountId("ACC"), Aapl.Id, new ClientOrderId("OTc1"), OrderSide.Buy, OrderType.Limit,
            new Quantity(100), new Price(100.05m), null, TimeInForce.Gtc, null, clock.UtcNow);
        await venue.SendAsync(order); // no quote yet: it rests

        venue.OnQuote(Quote(askSize: 40)); // the first fill's first delivery fails
        venue.OnQuote(Quote(askSize: 60)); // the second fill is ready at once, while the first still waits for its retry

        await Eventually.TrueAsync(() => orders.Delivered.Count == 2, "both fills are delivered");
        Assert.Equal([40m, 100m], orders.Delivered.Select(r => r.CumQty.Value));
        Assert.Equal(1, orders.Failures);
    }

    private QuoteTick Quote(decimal askSize) =>
        new(Aapl.Id, new Price(100.00m), new Price(100.02m), new Quantity(1_000m), new Quantity(askSize), UnixNanos.FromDateTime(ClusterFixture.Start), UnixNanos.FromDateTime(ClusterFixture.Start));

    /// <summary>Order grains seen from the venue: the first deliveries fail (as to a dead silo), the rest are recorded.</summary>
    private sealed class FlakyOrders(int failFirst)
    {
        private int _attempts;
        private int _failures;

        public ConcurrentQueue<ExecutionReport> DeliveredQueue { get; } = new();

        public IReadOnlyList<ExecutionReport> Delivered => [.. DeliveredQueue];

        public int Failures => Volatile.Read(ref _failures);

        public static IGrainFactory Factory(FlakyOrders orders)
        {
            var factory = DispatchProxy.Create<IGrainFactory, GrainFactoryProxy>();
            ((GrainFactoryProxy)(object)factory).Orders = orders;
            return factory;
        }

        public Task Deliver(ExecutionReport report)
        {
            if (Interlocked.Increment(ref _attempts) <= failFirst)
            {
                Interlocked.Increment(ref _failures);
                return Task.FromException(new TimeoutException("the order grain's silo does not answer"));
            }

            DeliveredQueue.Enqueue(report);
            return Task.CompletedTask;
        }
    }

    /// <summary>Answers <c>GetGrain&lt;IOrderGrain&gt;(key)</c>; the venue uses nothing else of the factory.</summary>
    private class GrainFactoryProxy : DispatchProxy
    {
        public FlakyOrders Orders { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod is { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true } && targetMethod.GetGenericArguments()[0] == typeof(IOrderGrain)
                ? new OrderEndpoint(Orders)
                : throw new InvalidOperationException($"The paper venue does not use IGrainFactory.{targetMethod?.Name}.");
    }

    private sealed class OrderEndpoint(FlakyOrders orders) : IOrderGrain
    {
        public Task ApplyExecution(VenueId venue, ExecutionReport report) => orders.Deliver(report);

        public Task<SubmitOrderResult> Submit(SubmitOrderRequest request) => throw Unused();

        public Task<OrderCommandResult> Cancel(string actor) => throw Unused();

        public Task<OrderCommandResult> Replace(ReplaceOrderRequest request) => throw Unused();

        public Task<OrderView?> Get() => throw Unused();

        public Task ApplyCancelReject(VenueId venue, CancelReject reject) => throw Unused();

        public Task ApplyVenueUnknown(VenueOrderUnknown notice) => throw Unused();

        public Task<OrderView?> Repair() => throw Unused();

        public Task<OrderView> TakeOver(Abstractions.Accounts.OrderRecord record) => throw Unused();

        private static InvalidOperationException Unused() => new("The paper venue's delivery only applies executions.");
    }
}
