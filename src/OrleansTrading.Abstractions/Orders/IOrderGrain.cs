using OrleansTrading.Abstractions.Venues;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Abstractions.Orders;

/// <summary>
/// One order (key: <see cref="GrainKeys.Order"/>): its state machine, its executions (ExecID-deduplicated) and its
/// propagation of fills to the position and the account, exactly once.
/// </summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Idempotent: the same request again returns the same order; a different request under this id is refused.</summary>
    Task<SubmitOrderResult> Submit(SubmitOrderRequest request);

    Task<OrderCommandResult> Cancel(string actor);

    Task<OrderCommandResult> Replace(ReplaceOrderRequest request);

    /// <summary>
    /// Takes over an order its account submitted itself but could not journal past its admission (the journal failed
    /// after the venue answered): the grain continues from the order's record, stores what the account has not
    /// journaled before it answers, and hands it to the account by its retry (never within this call: the account is
    /// waiting for it). An order the grain already holds (a venue report woke it meanwhile, and it settled with the
    /// venue) is kept as it is.
    /// </summary>
    Task<OrderView> TakeOver(OrleansTrading.Abstractions.Accounts.OrderRecord record);

    /// <summary>The order, or null when no order was ever accepted under this key.</summary>
    Task<OrderView?> Get();

    /// <summary>A venue's report about this order; a redelivered ExecID changes nothing.</summary>
    Task ApplyExecution(VenueId venue, ExecutionReport report);

    /// <summary>The venue refused a cancel or replace of this order.</summary>
    Task ApplyCancelReject(VenueId venue, CancelReject reject);

    /// <summary>The venue does not know this order (reconciliation): resolve or raise a discrepancy.</summary>
    Task ApplyVenueUnknown(VenueOrderUnknown notice);

    /// <summary>Re-sends every recorded fill and event to the position and the account (idempotent); used after failures.</summary>
    Task<OrderView?> Repair();
}
