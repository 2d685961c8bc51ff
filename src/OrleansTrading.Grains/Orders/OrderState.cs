using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Orders;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// What an order grain stores of its own — only while its account cannot journal a change (the journal is the order's
/// record otherwise, ADR 0006): the client's request, the kernel order, the numbered history of its changes, and how
/// far the account has confirmed them. The unconfirmed changes are re-sent after a failure; the account ignores what
/// it already has.
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
    /// Fills the position had not confirmed, in state stored before positions followed the account's journal; always
    /// empty now, and dropped when such state is loaded (the position rebuilds every fill from the journal).
    /// </summary>
    [Id(4)] public List<Fill> UnconfirmedFills { get; set; } = [];

    /// <summary>Cancel and replace requests sent so far (numbers the next request's ClOrdID).</summary>
    [Id(5)] public int RequestCount { get; set; }

    /// <summary>Who asked to cancel while another cancel or replace was in flight: the cancel goes out once that one is answered.</summary>
    [Id(6)] public string? CancelWhenAnsweredBy { get; set; }
}
