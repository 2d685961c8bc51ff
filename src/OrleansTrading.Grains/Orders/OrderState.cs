using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// What an order grain persists: the client's request (for idempotency), the kernel order, the numbered history of
/// its changes, and what has not yet been confirmed by the account and the position. The unconfirmed parts are
/// re-sent after a failure; both receivers ignore what they already have.
/// </summary>
[GenerateSerializer, Alias("ot.state.Order")]
public sealed class OrderState
{
    [Id(0)] public SubmitOrderRequest? Request { get; set; }

    [Id(1)] public OrderSnapshot? Order { get; set; }

    [Id(2)] public List<OrderChange> Changes { get; set; } = [];

    /// <summary>The highest change version the account has journaled (as far as this grain knows).</summary>
    [Id(3)] public int AccountConfirmedVersion { get; set; }

    /// <summary>
    /// Fills the position had not confirmed, in state stored before the account delivered fills itself; always empty
    /// now (the account hands journaled fills to the position), still honoured when such state is loaded.
    /// </summary>
    [Id(4)] public List<Fill> UnconfirmedFills { get; set; } = [];

    /// <summary>Cancel and replace requests sent so far (numbers the next request's ClOrdID).</summary>
    [Id(5)] public int RequestCount { get; set; }

    /// <summary>Who asked to cancel while another cancel or replace was in flight: the cancel goes out once that one is answered.</summary>
    [Id(6)] public string? CancelWhenAnsweredBy { get; set; }
}
