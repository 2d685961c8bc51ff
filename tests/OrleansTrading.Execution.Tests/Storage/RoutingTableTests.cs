using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Tests.Storage;

public sealed class RoutingTableTests : IDisposable
{
    private static readonly UnixNanos _now = UnixNanos.FromSeconds(1_800_000_000);

    private readonly string _directory = Directory.CreateTempSubdirectory("ot-routes-").FullName;

    private string TablePath => Path.Combine(_directory, "venue.routes");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Routes_request_chains_and_closed_orders_survive_reopening()
    {
        using (var table = Open())
        {
            Assert.True(table.TryAdd(Route("A|1", "OT-1")));
            Assert.True(table.TryAdd(Route("A|2", "OT-2") with { TimeInForce = TimeInForce.Gtd, ExpireTime = _now.Add(TimeSpan.FromDays(1)) }));
            table.AddRequest("A|1", new ClientOrderId("OT-1-1"));
            table.AddRequest("A|1", new ClientOrderId("OT-1-2"));
            Assert.True(table.Close("A|2", _now));
        }

        using var reopened = Open();

        Assert.True(reopened.TryResolve("OT-1-2", out var first));
        Assert.Equal("A|1", first.OrderKey);
        Assert.Equal(["OT-1", "OT-1-1", "OT-1-2"], first.ClientOrderIds.Select(i => i.Value));
        Assert.Equal(new ClientOrderId("OT-1-2"), first.LastRequestId);
        Assert.Equal("AAPL", first.Symbol);
        Assert.Equal(OrderSide.Sell, first.Side);
        Assert.True(reopened.TryResolve("OT-2", out var second));
        Assert.False(second.IsOpen);
        Assert.Equal(_now.Add(TimeSpan.FromDays(1)), second.ExpireTime);
        Assert.Equal(1, reopened.OpenCount);
        Assert.Equal("A|1", Assert.Single(reopened.OpenOrders()).OrderKey);
        Assert.Equal(0, reopened.TruncatedBytes);
    }

    [Fact]
    public void A_record_torn_by_a_crash_is_cut_off_and_the_table_keeps_working()
    {
        using (var table = Open())
        {
            table.TryAdd(Route("A|1", "OT-1"));
            table.TryAdd(Route("A|2", "OT-2"));
        }

        var intact = new FileInfo(TablePath).Length;
        using (var table = Open())
        {
            table.TryAdd(Route("A|3", "OT-3"));
        }

        // the last write reached the disk only in part
        using (var file = new FileStream(TablePath, FileMode.Open))
        {
            file.SetLength(intact + ((file.Length - intact) / 2));
        }

        using (var reopened = Open())
        {
            Assert.True(reopened.TruncatedBytes > 0);
            Assert.Equal(2, reopened.OpenCount);
            Assert.False(reopened.TryResolve("OT-3", out _));
            Assert.True(reopened.TryAdd(Route("A|4", "OT-4")));
        }

        using var again = Open();
        Assert.Equal(0, again.TruncatedBytes);
        Assert.True(again.TryResolve("OT-4", out _));
        Assert.Equal(3, again.OpenCount);
    }

    [Fact]
    public void A_record_with_a_bad_checksum_ends_the_log_at_the_last_good_record()
    {
        using (var table = Open())
        {
            table.TryAdd(Route("A|1", "OT-1"));
        }

        var firstLength = new FileInfo(TablePath).Length;
        using (var table = Open())
        {
            table.TryAdd(Route("A|2", "OT-2"));
            table.TryAdd(Route("A|3", "OT-3"));
        }

        var bytes = File.ReadAllBytes(TablePath);
        bytes[firstLength + 20] ^= 0xFF;
        File.WriteAllBytes(TablePath, bytes);

        using var reopened = Open();
        Assert.Equal(1, reopened.OpenCount);
        Assert.True(reopened.TryResolve("OT-1", out _));
        Assert.False(reopened.TryResolve("OT-3", out _));
    }

    [Fact]
    public void Closed_orders_keep_routing_within_the_retention_and_are_dropped_after_it()
    {
        using (var table = Open())
        {
            table.TryAdd(Route("A|1", "OT-1"));
            table.TryAdd(Route("A|2", "OT-2"));
            table.Close("A|1", _now);
        }

        using (var withinRetention = Open(_now.Add(TimeSpan.FromHours(47))))
        {
            Assert.True(withinRetention.TryResolve("OT-1", out var closed));
            Assert.False(closed.IsOpen);
        }

        using var afterRetention = Open(_now.Add(TimeSpan.FromHours(49)));
        Assert.False(afterRetention.TryResolve("OT-1", out _));
        Assert.True(afterRetention.TryResolve("OT-2", out _));
        Assert.Equal(1, afterRetention.Count);
    }

    [Fact]
    public void An_order_already_routed_is_not_added_twice_and_a_ClOrdID_cannot_route_two_orders()
    {
        using var table = Open();
        Assert.True(table.TryAdd(Route("A|1", "OT-1")));

        Assert.False(table.TryAdd(Route("A|1", "OT-1")));
        Assert.Throws<InvalidOperationException>(() => table.TryAdd(Route("A|9", "OT-1")));
        Assert.Throws<InvalidOperationException>(() => table.AddRequest("A|unknown", new ClientOrderId("OT-X")));
    }

    [Fact]
    public void Compaction_keeps_everything_still_needed()
    {
        using (var table = Open())
        {
            for (var i = 0; i < 50; i++)
            {
                table.TryAdd(Route($"A|{i}", $"OT-{i}"));
                table.AddRequest($"A|{i}", new ClientOrderId($"OT-{i}-1"));
                if (i % 2 == 0)
                {
                    table.Close($"A|{i}", _now);
                }
            }

            table.Compact(_now);
        }

        using var reopened = Open();
        Assert.Equal(50, reopened.Count);
        Assert.Equal(25, reopened.OpenCount);
        Assert.True(reopened.TryResolve("OT-7-1", out var route));
        Assert.Equal("A|7", route.OrderKey);
        Assert.True(route.IsOpen);
    }

    private RoutingTable Open(UnixNanos? now = null) =>
        RoutingTable.Open(TablePath, FixFsyncPolicy.EveryMessage, TimeProvider.System, TimeSpan.FromDays(2), now ?? _now);

    private static OrderRoute Route(string orderKey, string clOrdId) =>
        new(orderKey, new AccountId("A"), new InstrumentId("AAPL.XNAS"), "AAPL", OrderSide.Sell, TimeInForce.Day, null, _now, [new ClientOrderId(clOrdId)]);
}
