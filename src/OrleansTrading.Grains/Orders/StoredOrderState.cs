using Orleans.Storage;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// What an order grain stores of its own, read only when the grain needs it. Most orders never store anything (their
/// account's journal is their record), so unlike a persistent-state facet — which reads at every activation, one
/// storage read per order — this reads when an order is rebuilt, never for a new one.
/// </summary>
internal sealed class StoredOrderState(IGrainStorage storage, GrainId grain)
{
    private const string StateName = "order";
    private readonly GrainState<OrderState> _stored = new(new OrderState());

    public OrderState State
    {
        get => _stored.State ?? throw new InvalidOperationException("The order state was read as nothing.");
        set => _stored.State = value;
    }

    /// <summary>Whether a stored row exists, as of the last read or write (none for an order this activation created).</summary>
    public bool RecordExists => _stored.RecordExists;

    public Task ReadAsync() => storage.ReadStateAsync(StateName, grain, _stored);

    public Task WriteAsync() => storage.WriteStateAsync(StateName, grain, _stored);

    /// <summary>Removes the stored row; the state this activation holds stays as it is.</summary>
    public async Task ClearAsync()
    {
        var live = _stored.State;
        try
        {
            await storage.ClearStateAsync(StateName, grain, _stored);
        }
        finally
        {
            _stored.State = live;
        }
    }
}
