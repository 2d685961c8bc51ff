using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// An execution report as the venue sends it (FIX ExecutionReport, 35=8), already decoded; the kernel applies it with
/// <see cref="Order.Apply(ExecutionReport, UnixNanos)"/>. Property names follow the FIX fields.
/// </summary>
/// <param name="ExecType">150: what the report is about.</param>
/// <param name="OrdStatus">39: the order's status at the venue after this report (map FIX Stopped/Calculated before building it).</param>
/// <param name="ExecId">17: unique per report; a redelivered report has the same ExecID.</param>
/// <param name="ClientOrderId">11: the ClOrdID of the request this report answers (the replace's or cancel's own id after one).</param>
/// <param name="VenueOrderId">37: the venue's order id, when it has one.</param>
/// <param name="LastQty">32: quantity of this execution; zero unless a trade.</param>
/// <param name="LastPx">31: price of this execution; zero unless a trade.</param>
/// <param name="CumQty">14: total filled so far, by the venue's count.</param>
/// <param name="LeavesQty">151: still open for execution, by the venue's count.</param>
/// <param name="AvgPx">6: the venue's average fill price (informational: the order computes its own exact VWAP).</param>
/// <param name="TransactTime">60: when the venue says it happened; becomes the events' TsEvent.</param>
public sealed record ExecutionReport(
    ExecType ExecType,
    OrderStatus OrdStatus,
    ExecId ExecId,
    ClientOrderId ClientOrderId,
    VenueOrderId? VenueOrderId,
    Quantity LastQty,
    Price LastPx,
    Quantity CumQty,
    Quantity LeavesQty,
    Price AvgPx,
    UnixNanos TransactTime)
{
    /// <summary>41: the ClOrdID the cancel or replace refers to.</summary>
    public ClientOrderId? OrigClientOrderId { get; init; }

    /// <summary>58: free text, e.g. the venue's reject reason.</summary>
    public string? Text { get; init; }

    /// <summary>12/13/479: commission charged for this execution, when the venue reports it.</summary>
    public Money? Commission { get; init; }

    /// <summary>43: the session marked the message as a possible duplicate (resent). Dedupe is by ExecID either way.</summary>
    public bool PossDup { get; init; }

    /// <summary>38: the order quantity at the venue (on Replaced/Restated, the new quantity).</summary>
    public Quantity? OrderQty { get; init; }

    /// <summary>44: the limit price at the venue (on Replaced/Restated, the new price).</summary>
    public Price? LimitPrice { get; init; }

    /// <summary>99: the stop price at the venue (on Replaced/Restated, the new price).</summary>
    public Price? StopPrice { get; init; }
}
