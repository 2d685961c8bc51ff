using Grpc.Core;
using OrleansTrading.Api.V1;
using static OrleansTrading.IntegrationTests.Api.ApiHostFixture;

namespace OrleansTrading.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class OrderEventStreamTests(ApiHostFixture host)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly OrderService.OrderServiceClient _orders = new(host.Channel);

    [Fact]
    public async Task A_stream_starts_with_the_open_orders_then_delivers_live_events()
    {
        var open = NewOrderId("snap");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(StreamAccount, open, price: "50.00"), host.Trader);

        using var call = _orders.StreamOrderEvents(new StreamOrderEventsRequest { AccountId = StreamAccount }, host.Trader);
        var snapshot = new List<Order>();
        SnapshotComplete? complete = null;
        while (complete is null && await Next(call.ResponseStream))
        {
            var item = call.ResponseStream.Current;
            if (item.ItemCase == StreamOrderEventsResponse.ItemOneofCase.SnapshotOrder)
            {
                snapshot.Add(item.SnapshotOrder);
            }
            else
            {
                Assert.Equal(StreamOrderEventsResponse.ItemOneofCase.SnapshotComplete, item.ItemCase);
                complete = item.SnapshotComplete;
            }
        }

        Assert.NotNull(complete);
        Assert.Equal(snapshot.Count, complete.ItemCount);
        Assert.All(snapshot, o => Assert.True(o.Open));
        Assert.Contains(snapshot, o => o.ClientOrderId == open);

        var live = NewOrderId("live");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(StreamAccount, live, price: "50.00"), host.Trader);
        var events = await ReadUntil(call.ResponseStream, e => e.ClientOrderId == live);
        Assert.All(events, e => Assert.True(e.Sequence > complete.Sequence));
        AssertConsecutive(events, complete.Sequence);
    }

    [Fact]
    public async Task A_stream_resumed_after_a_disconnect_misses_nothing_and_repeats_nothing()
    {
        var first = NewOrderId("r1");
        var seen = new List<OrderEvent>();
        long start;
        using (var call = _orders.StreamOrderEvents(new StreamOrderEventsRequest { AccountId = StreamAccount }, host.Trader))
        {
            start = await SkipSnapshot(call.ResponseStream);
            await _orders.SubmitOrderAsync(OrderServiceTests.Limit(StreamAccount, first, price: "49.00"), host.Trader);
            seen.AddRange(await ReadUntil(call.ResponseStream, e => e.ClientOrderId == first));
        }

        // Disconnected: more happens meanwhile.
        var second = NewOrderId("r2");
        var third = NewOrderId("r3");
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(StreamAccount, second, price: "49.00"), host.Trader);
        await _orders.CancelOrderAsync(new CancelOrderRequest { AccountId = StreamAccount, ClientOrderId = first }, host.Trader);
        await _orders.SubmitOrderAsync(OrderServiceTests.Limit(StreamAccount, third, price: "49.00"), host.Trader);

        var last = seen[^1].Sequence;
        using (var resumed = _orders.StreamOrderEvents(new StreamOrderEventsRequest { AccountId = StreamAccount, ResumeAfterSequence = last }, host.Trader))
        {
            var more = await ReadUntil(resumed.ResponseStream, e => e.ClientOrderId == third);
            Assert.Equal(last + 1, more[0].Sequence);
            seen.AddRange(more);
            if (!seen.Any(e => e.ClientOrderId == first && e.Kind is OrderEventKind.Canceled or OrderEventKind.CancelRequested))
            {
                seen.AddRange(await ReadUntil(resumed.ResponseStream, e => e.ClientOrderId == first && e.Kind is OrderEventKind.Canceled or OrderEventKind.CancelRequested));
            }
        }

        AssertConsecutive(seen, start);
        Assert.Contains(seen, e => e.ClientOrderId == second);

        // The same range read again from the journal in one go is exactly what the two connections delivered.
        using var replay = _orders.StreamOrderEvents(new StreamOrderEventsRequest { AccountId = StreamAccount, ResumeAfterSequence = start }, host.Trader);
        var again = await ReadUntil(replay.ResponseStream, e => e.Sequence == seen[^1].Sequence);
        Assert.Equal(seen.Select(e => (e.Sequence, e.ClientOrderId, e.Kind, e.OrderVersion)), again.Select(e => (e.Sequence, e.ClientOrderId, e.Kind, e.OrderVersion)));
    }

    [Fact]
    public async Task Another_traders_account_stream_is_PERMISSION_DENIED()
    {
        using var call = _orders.StreamOrderEvents(new StreamOrderEventsRequest { AccountId = StreamAccount }, host.OtherTrader);

        var ex = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    private static void AssertConsecutive(IReadOnlyList<OrderEvent> events, long after)
    {
        var expected = after + 1;
        foreach (var e in events)
        {
            Assert.True(e.Sequence == expected, $"expected sequence {expected}, got {e.Sequence}: a gap or a duplicate");
            expected++;
        }
    }

    private static async Task<long> SkipSnapshot(IAsyncStreamReader<StreamOrderEventsResponse> stream)
    {
        while (await Next(stream))
        {
            if (stream.Current.ItemCase == StreamOrderEventsResponse.ItemOneofCase.SnapshotComplete)
            {
                return stream.Current.SnapshotComplete.Sequence;
            }
        }

        throw new InvalidOperationException("The stream ended before its snapshot completed.");
    }

    private static async Task<List<OrderEvent>> ReadUntil(IAsyncStreamReader<StreamOrderEventsResponse> stream, Func<OrderEvent, bool> last)
    {
        var events = new List<OrderEvent>();
        while (await Next(stream))
        {
            Assert.Equal(StreamOrderEventsResponse.ItemOneofCase.Event, stream.Current.ItemCase);
            events.Add(stream.Current.Event);
            if (last(stream.Current.Event))
            {
                return events;
            }
        }

        throw new InvalidOperationException("The stream ended early.");
    }

    private static async Task<bool> Next(IAsyncStreamReader<StreamOrderEventsResponse> stream)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await stream.MoveNext(timeout.Token);
    }
}
