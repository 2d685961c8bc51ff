using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Orders.OrderTestKit;

namespace OrleansTrading.Domain.Tests.Orders;

public sealed class OrderSnapshotTests
{
    [Fact]
    public void Restored_order_has_the_same_state_and_behaves_the_same()
    {
        var order = Acknowledged(LimitSpec(timeInForce: TimeInForce.Day));
        order.Apply(Trade("E-1", 30m, 150.01m, 30m), At(1));
        order.RequestReplace(new ReplaceRequest(new("C-2")) { Quantity = new Quantity(70m) }, Equity, At(2));
        var snapshot = order.ToSnapshot();

        var restored = Order.Restore(snapshot);

        Assert.Equal(snapshot, restored.ToSnapshot());
        Assert.Equal((order.CumQty, order.LeavesQty, order.AvgPx, order.Status, order.StatusBeforePendingRequest), (restored.CumQty, restored.LeavesQty, restored.AvgPx, restored.Status, restored.StatusBeforePendingRequest));

        var reject = CancelRejectFor("C-2", CancelRejectResponseTo.CancelReplaceRequest);
        Assert.Equal(order.Apply(reject, At(3)).Events, restored.Apply(reject, At(3)).Events);
        Assert.Equal(order.ToSnapshot(), restored.ToSnapshot());
    }

    [Fact]
    public void Snapshot_is_a_copy_that_later_changes_do_not_touch()
    {
        var order = Acknowledged();
        var snapshot = order.ToSnapshot();
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(1));
        Assert.Empty(snapshot.Fills);
        Assert.Equal(OrderStatus.New, snapshot.Status);
        Assert.NotEqual(snapshot, order.ToSnapshot());
    }

    [Fact]
    public void Snapshots_compare_their_lists_by_content()
    {
        var order = Acknowledged();
        Assert.Equal(order.ToSnapshot(), order.ToSnapshot());
        Assert.Equal(order.ToSnapshot().GetHashCode(), order.ToSnapshot().GetHashCode());
    }

    [Fact]
    public void Snapshot_whose_fills_exceed_the_quantity_is_refused()
    {
        var order = Acknowledged();
        order.Apply(Trade("E-1", 30m, 150m, 30m), At(1));
        var corrupt = order.ToSnapshot() with { Quantity = new Quantity(20m) };
        var error = Assert.Throws<ArgumentException>(() => Order.Restore(corrupt));
        Assert.Contains("exceed the order quantity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_with_a_pending_status_but_no_request_is_refused()
    {
        var corrupt = Acknowledged().ToSnapshot() with { Status = OrderStatus.PendingCancel };
        Assert.Throws<ArgumentException>(() => Order.Restore(corrupt));
    }

    [Fact]
    public void Snapshot_held_in_replaced_status_is_refused() =>
        Assert.Throws<ArgumentException>(() => Order.Restore(Acknowledged().ToSnapshot() with { Status = OrderStatus.Replaced }));

    [Fact]
    public void Snapshot_of_a_filled_order_without_all_fills_is_refused() =>
        Assert.Throws<ArgumentException>(() => Order.Restore(Acknowledged().ToSnapshot() with { Status = OrderStatus.Filled }));
}
