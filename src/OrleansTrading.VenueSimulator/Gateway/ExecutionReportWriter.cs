using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Fix.Codec;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// Writes one <see cref="OutboundReport"/> as the FIX 4.4 message a client receives: an ExecutionReport (35=8) for
/// every execution event, status reject and empty mass status, an OrderCancelReject (35=9) for a refused cancel or
/// replace. A duplicate carries PossResend (97) = Y and repeats the original's ExecID and TransactTime.
/// Only tags of the FIX 4.4 ExecutionReport and OrderCancelReject definitions are written, so strict clients accept it.
/// </summary>
internal static class ExecutionReportWriter
{
    public const string None = "NONE";

    /// <summary>Side (54) for a report that concerns no order and no side: 7, Undisclosed.</summary>
    private const char UndisclosedSide = '7';

    private const int OrdRejReasonTag = 103;
    private const int ExpireTimeTag = 126;
    private const int CxlRejReasonTag = 102;
    private const int CxlRejResponseToTag = 434;
    private const int MassStatusReqIdTag = 584;
    private const int OrdStatusReqIdTag = 790;
    private const int TotNumReportsTag = 911;
    private const int LastRptRequestedTag = 912;
    private const int UnknownOrderReason = 5;

    public static void Write(FixMessageBuilder builder, OutboundReport report, SymbolMap symbols)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(symbols);
        var context = report.Context;
        switch (report.Scheduled.Event)
        {
            case ExecutionEvent execution:
                WriteExecution(builder, execution, context, symbols);
                break;
            case CancelRejected reject:
                WriteCancelReject(builder, reject);
                break;
            case OrderStatusRejected reject:
                builder.Reset(FixMsgTypes.ExecutionReport)
                    .Add(FixTags.OrderId, reject.VenueOrderId?.Value ?? None);
                AddIfPresent(builder, FixTags.ClOrdId, reject.ClientOrderId?.Value);
                AddIfPresent(builder, OrdStatusReqIdTag, context.OrdStatusReqId);
                WriteEmptyReport(builder, context, symbols.SymbolOf(reject.Instrument), reject.Timestamp, reject.Text)
                    .Add(OrdRejReasonTag, UnknownOrderReason);
                break;
            case NoOpenOrders none:
                builder.Reset(FixMsgTypes.ExecutionReport).Add(FixTags.OrderId, None);
                AddMassStatus(builder, context);
                WriteEmptyReport(builder, context, none.Symbol, none.Timestamp, "No open orders.");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(report), report.Scheduled.Event.GetType().Name, "No FIX message is defined for this event.");
        }

        if (report.Scheduled.IsDuplicate)
        {
            builder.Add(FixTags.PossResend, true);
        }
    }

    private static void WriteExecution(FixMessageBuilder builder, ExecutionEvent execution, ReportContext context, SymbolMap symbols)
    {
        var order = execution.Order;
        builder.Reset(FixMsgTypes.ExecutionReport)
            .Add(FixTags.OrderId, order.VenueOrderId.Value)
            .Add(FixTags.ClOrdId, order.ClientOrderId.Value);
        if (order.OrigClientOrderId is { } orig && execution is OrderReplaced or OrderCanceled { Reason: CancelReason.ClientRequest })
        {
            builder.Add(FixTags.OrigClOrdId, orig.Value);
        }

        AddIfPresent(builder, OrdStatusReqIdTag, context.OrdStatusReqId);
        AddMassStatus(builder, context);
        builder.Add(FixTags.ExecId, execution.ExecId.Value)
            .Add(FixTags.ExecType, FixCodes.ExecType(execution))
            .Add(FixTags.OrdStatus, order.Status.ToFixCode());
        if (execution is OrderRejected rejected)
        {
            builder.Add(OrdRejReasonTag, (int)rejected.Reason);
        }

        AddIfPresent(builder, FixTags.Account, order.Account?.Value);
        builder.Add(FixTags.Symbol, symbols.SymbolOf(order.Instrument))
            .Add(FixTags.Side, FixCodes.Code(order.Side))
            .Add(FixTags.OrderQty, order.Quantity.Value)
            .Add(FixTags.OrdType, FixCodes.Code(order.Type));
        if (order.LimitPrice is { } limit)
        {
            builder.Add(FixTags.Price, limit.Value);
        }

        if (order.StopPrice is { } stop)
        {
            builder.Add(FixTags.StopPx, stop.Value);
        }

        builder.Add(FixTags.TimeInForce, FixCodes.Code(order.TimeInForce));
        if (order.ExpireAt is { } expireAt)
        {
            builder.AddTimestamp(ExpireTimeTag, expireAt.ToDateTime(), FixTimestampPrecision.Milliseconds);
        }

        if (execution is OrderFilled fill)
        {
            builder.Add(FixTags.LastQty, fill.Quantity.Value).Add(FixTags.LastPx, fill.Price.Value);
        }

        builder.Add(FixTags.LeavesQty, order.LeavesQuantity.Value)
            .Add(FixTags.CumQty, order.CumulativeQuantity.Value)
            .Add(FixTags.AvgPx, order.AveragePrice.Value)
            .AddTimestamp(FixTags.TransactTime, execution.Timestamp.ToDateTime(), FixTimestampPrecision.Microseconds);
        AddIfPresent(builder, FixTags.Text, TextOf(execution));
    }

    private static FixMessageBuilder WriteEmptyReport(FixMessageBuilder builder, ReportContext context, string symbol, UnixNanos timestamp, string text) =>
        builder.Add(FixTags.ExecId, (context.ReplyExecId ?? throw new InvalidOperationException("A report the gateway makes itself needs its ExecID.")).Value)
            .Add(FixTags.ExecType, 'I')
            .Add(FixTags.OrdStatus, OrderStatus.Rejected.ToFixCode())
            .Add(FixTags.Symbol, symbol)
            .Add(FixTags.Side, context.Side ?? UndisclosedSide)
            .Add(FixTags.LeavesQty, 0)
            .Add(FixTags.CumQty, 0)
            .Add(FixTags.AvgPx, 0)
            .AddTimestamp(FixTags.TransactTime, timestamp.ToDateTime(), FixTimestampPrecision.Microseconds)
            .Add(FixTags.Text, text);

    private static void WriteCancelReject(FixMessageBuilder builder, CancelRejected reject)
    {
        builder.Reset(FixMsgTypes.OrderCancelReject)
            .Add(FixTags.OrderId, reject.Order?.VenueOrderId.Value ?? reject.VenueOrderId?.Value ?? None)
            .Add(FixTags.ClOrdId, reject.ClientOrderId.Value)
            .Add(FixTags.OrigClOrdId, reject.OrigClientOrderId?.Value ?? reject.Order?.ClientOrderId.Value ?? None)
            .Add(FixTags.OrdStatus, reject.OrderStatus.ToFixCode());
        AddIfPresent(builder, FixTags.Account, reject.Order?.Account?.Value);
        builder.Add(CxlRejResponseToTag, (char)('0' + (int)reject.ResponseTo))
            .Add(CxlRejReasonTag, (int)reject.Reason)
            .AddTimestamp(FixTags.TransactTime, reject.Timestamp.ToDateTime(), FixTimestampPrecision.Microseconds)
            .Add(FixTags.Text, reject.Text);
    }

    private static void AddMassStatus(FixMessageBuilder builder, ReportContext context)
    {
        if (context.MassStatusReqId is { } massStatusReqId)
        {
            builder.Add(MassStatusReqIdTag, massStatusReqId)
                .Add(TotNumReportsTag, context.TotNumReports ?? 0)
                .Add(LastRptRequestedTag, context.LastReportRequested);
        }
    }

    private static void AddIfPresent(FixMessageBuilder builder, int tag, string? value)
    {
        if (value is not null)
        {
            builder.Add(tag, value);
        }
    }

    private static string? TextOf(ExecutionEvent execution) => execution switch
    {
        OrderRejected rejected => rejected.Text,
        OrderCanceled { Reason: CancelReason.ImmediateOrCancel } => "IOC: the unfilled remainder is canceled.",
        OrderCanceled { Reason: CancelReason.FillOrKill } => "FOK: the order could not be filled completely at once; nothing was filled.",
        OrderCanceled { Reason: CancelReason.NoLiquidity } => "Market order: the remainder is canceled, the opposite side ran out.",
        OrderCanceled { Reason: CancelReason.SelfTradePrevention } => "Self-trade prevention: the order reached a resting order of the same participant; its remainder is canceled.",
        OrderExpired { Reason: ExpiryReason.EndOfDay } => "Expired at the end of the trading day.",
        OrderExpired { Reason: ExpiryReason.ExpireTimeReached } => "Expired: ExpireTime reached.",
        OrderTriggered => "Stop triggered: the order is now working.",
        _ => null,
    };
}
