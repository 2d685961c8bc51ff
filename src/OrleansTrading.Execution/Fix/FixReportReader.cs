using System.Diagnostics.CodeAnalysis;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// Decodes the venue's ExecutionReport (35=8) and OrderCancelReject (35=9) into the kernel's
/// <see cref="ExecutionReport"/> and <see cref="CancelReject"/>: every field read exactly (decimals in place, no
/// floating point), a possible duplicate marked (PossDupFlag 43 on a session resend, or PossResend 97 on an application
/// re-send), and the OrdStatus codes the kernel does not model mapped explicitly.
/// A report that cannot be decoded yields the reason instead, and nothing is guessed.
/// </summary>
public static class FixReportReader
{
    /// <summary>OrdRejReason 5: unknown order — the answer to a status request about an order the venue does not have.</summary>
    public const int UnknownOrderReason = 5;

    /// <summary>
    /// FIX OrdStatus (39) to the kernel's status. Stopped (7), Calculated (B) and Accepted for bidding (D) are states the
    /// kernel does not model: the order is still working at the venue, so they read as New, or PartiallyFilled once
    /// something is executed (docs/domain/orders.md). False for any other unknown code.
    /// </summary>
    public static bool TryMapOrdStatus(char code, Quantity cumQty, out OrderStatus status)
    {
        if (code is '7' or 'B' or 'D')
        {
            status = cumQty.IsZero ? OrderStatus.New : OrderStatus.PartiallyFilled;
            return true;
        }

        return OrderStatusExtensions.TryParseFixCode(code, out status);
    }

    /// <summary>ExecType I (order status) with OrdStatus Rejected and OrdRejReason 5: the venue has no such order.</summary>
    public static bool IsUnknownOrderAnswer(FixMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.TryGetChar(FixTags.ExecType, out var execType) && execType == (char)ExecType.OrderStatus
            && message.TryGetChar(FixTags.OrdStatus, out var ordStatus) && ordStatus == '8'
            && message.TryGetInt(VenueFixTags.OrdRejReason, out var reason) && reason == UnknownOrderReason;
    }

    /// <summary>
    /// Decodes an ExecutionReport. <paramref name="commissionCurrency"/> is used when the report carries a commission
    /// without CommCurrency (479), normally the instrument's quote currency. <paramref name="warning"/> is set when the
    /// report is usable but something in it was not applied (a commission of an unsupported CommType or currency).
    /// </summary>
    public static bool TryReadExecutionReport(FixMessage message, Currency? commissionCurrency,
        [NotNullWhen(true)] out ExecutionReport? report, out string? warning, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(message);
        report = null;
        warning = null;
        if (!message.TryGetChar(FixTags.ExecType, out var execTypeCode) || !Enum.IsDefined((ExecType)execTypeCode))
        {
            error = $"ExecType (150) is {Describe(message, FixTags.ExecType)}; expected one of the FIX 4.4 codes.";
            return false;
        }

        var execType = (ExecType)execTypeCode;
        if (!TryId(message, FixTags.ExecId, "ExecID", required: true, out var execId, out error)
            || !TryId(message, FixTags.ClOrdId, "ClOrdID", required: true, out var clOrdId, out error)
            || !TryId(message, FixTags.OrigClOrdId, "OrigClOrdID", required: false, out var origClOrdId, out error)
            || !TryVenueOrderId(message, out var venueOrderId, out error)
            || !TryQuantity(message, FixTags.CumQty, "CumQty", required: true, out var cumQty, out error)
            || !TryQuantity(message, FixTags.LeavesQty, "LeavesQty", required: true, out var leavesQty, out error)
            || !TryQuantity(message, FixTags.LastQty, "LastQty", required: false, out var lastQty, out error)
            || !TryQuantity(message, FixTags.OrderQty, "OrderQty", required: false, out var orderQty, out error)
            || !TryPrice(message, FixTags.LastPx, "LastPx", out var lastPx, out error)
            || !TryPrice(message, FixTags.AvgPx, "AvgPx", out var avgPx, out error)
            || !TryPrice(message, FixTags.Price, "Price", out var price, out error)
            || !TryPrice(message, FixTags.StopPx, "StopPx", out var stopPx, out error)
            || !TryTransactTime(message, out var transactTime, out error))
        {
            return false;
        }

        if (!message.TryGetChar(FixTags.OrdStatus, out var ordStatusCode) || !TryMapOrdStatus(ordStatusCode, cumQty ?? Quantity.Zero, out var ordStatus))
        {
            error = $"OrdStatus (39) is {Describe(message, FixTags.OrdStatus)}; expected one of the FIX 4.4 codes.";
            return false;
        }

        var commission = ReadCommission(message, commissionCurrency, lastQty ?? Quantity.Zero, lastPx ?? Price.Zero, out warning);
        report = new ExecutionReport(execType, ordStatus, new ExecId(execId!), new ClientOrderId(clOrdId!), venueOrderId,
            lastQty ?? Quantity.Zero, lastPx ?? Price.Zero, cumQty!.Value, leavesQty!.Value, avgPx ?? Price.Zero, transactTime)
        {
            OrigClientOrderId = origClOrdId is null ? null : new ClientOrderId(origClOrdId),
            Text = message.GetString(FixTags.Text),
            Commission = commission,
            PossDup = message.IsFlagSet(FixTags.PossDupFlag) || message.IsFlagSet(FixTags.PossResend),
            OrderQty = orderQty,
            LimitPrice = price,
            StopPrice = stopPx,
        };
        error = null;
        return true;
    }

    /// <summary>Decodes an OrderCancelReject.</summary>
    public static bool TryReadCancelReject(FixMessage message, [NotNullWhen(true)] out CancelReject? reject, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(message);
        reject = null;
        if (!TryId(message, FixTags.ClOrdId, "ClOrdID", required: true, out var clOrdId, out error)
            || !TryId(message, FixTags.OrigClOrdId, "OrigClOrdID", required: false, out var origClOrdId, out error)
            || !TryVenueOrderId(message, out var venueOrderId, out error)
            || !TryTransactTime(message, out var transactTime, out error))
        {
            return false;
        }

        if (!message.TryGetInt(VenueFixTags.CxlRejResponseTo, out var responseTo) || !Enum.IsDefined((CancelRejectResponseTo)responseTo))
        {
            error = $"CxlRejResponseTo (434) is {Describe(message, VenueFixTags.CxlRejResponseTo)}; expected 1 (cancel) or 2 (cancel/replace).";
            return false;
        }

        var reason = message.TryGetInt(VenueFixTags.CxlRejReason, out var reasonCode) && Enum.IsDefined((CancelRejectReason)reasonCode)
            ? (CancelRejectReason)reasonCode
            : CancelRejectReason.Other;
        OrderStatus? ordStatus = message.TryGetChar(FixTags.OrdStatus, out var statusCode) && TryMapOrdStatus(statusCode, Quantity.Zero, out var status)
            ? status
            : null;
        reject = new CancelReject(new ClientOrderId(clOrdId!), (CancelRejectResponseTo)responseTo, reason, transactTime)
        {
            OrigClientOrderId = origClOrdId is null ? null : new ClientOrderId(origClOrdId),
            VenueOrderId = venueOrderId,
            OrdStatus = ordStatus,
            Text = message.GetString(FixTags.Text),
        };
        return true;
    }

    private static Money? ReadCommission(FixMessage message, Currency? fallback, Quantity lastQty, Price lastPx, out string? warning)
    {
        warning = null;
        if (!message.TryGetDecimal(VenueFixTags.Commission, out var value))
        {
            return null;
        }

        var currency = fallback;
        if (message.GetString(VenueFixTags.CommCurrency) is { Length: > 0 } code)
        {
            try
            {
                currency = new Currency(code);
            }
            catch (ArgumentException)
            {
                warning = $"CommCurrency (479) '{code}' is not a currency code; the commission {value} was not applied.";
                return null;
            }
        }

        if (currency is not { } commissionCurrency)
        {
            warning = $"The commission {value} has no CommCurrency (479) and the order's instrument is not configured; it was not applied.";
            return null;
        }

        var commType = message.TryGetChar(VenueFixTags.CommType, out var type) ? type : '3';
        switch (commType)
        {
            case '1':
                return new Money(value * lastQty.Value, commissionCurrency);
            case '2':
                return new Money(value / 100m * lastQty.Value * lastPx.Value, commissionCurrency);
            case '3':
                return new Money(value, commissionCurrency);
            default:
                warning = $"CommType (13) '{commType}' is not supported (1 per unit, 2 percent, 3 absolute); the commission {value} was not applied.";
                return null;
        }
    }

    private static bool TryId(FixMessage message, int tag, string name, bool required, out string? value, [NotNullWhen(false)] out string? error)
    {
        value = message.GetString(tag);
        if (value is null)
        {
            error = required ? $"{name} ({tag}) is missing." : null;
            return !required;
        }

        error = Identifier.Check(value, $"{name} ({tag})");
        return error is null;
    }

    private static bool TryVenueOrderId(FixMessage message, out VenueOrderId? venueOrderId, [NotNullWhen(false)] out string? error)
    {
        venueOrderId = null;
        var value = message.GetString(FixTags.OrderId);
        if (value is null or "NONE")
        {
            error = null;
            return true;
        }

        error = Identifier.Check(value, $"OrderID ({FixTags.OrderId})");
        if (error is null)
        {
            venueOrderId = new VenueOrderId(value);
        }

        return error is null;
    }

    private static bool TryQuantity(FixMessage message, int tag, string name, bool required, out Quantity? quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = null;
        error = null;
        if (!message.Contains(tag))
        {
            error = required ? $"{name} ({tag}) is missing." : null;
            return !required;
        }

        if (!message.TryGetDecimal(tag, out var value) || value < 0m)
        {
            error = $"{name} ({tag}) is {Describe(message, tag)}; expected a non-negative quantity.";
            return false;
        }

        quantity = new Quantity(value);
        return true;
    }

    private static bool TryPrice(FixMessage message, int tag, string name, out Price? price, [NotNullWhen(false)] out string? error)
    {
        price = null;
        error = null;
        if (!message.Contains(tag))
        {
            return true;
        }

        if (!message.TryGetDecimal(tag, out var value))
        {
            error = $"{name} ({tag}) is {Describe(message, tag)}; expected a price.";
            return false;
        }

        price = new Price(value);
        return true;
    }

    private static bool TryTransactTime(FixMessage message, out UnixNanos transactTime, [NotNullWhen(false)] out string? error)
    {
        if (message.TryGetTimestamp(FixTags.TransactTime, out var time) || message.TryGetTimestamp(FixTags.SendingTime, out time))
        {
            transactTime = UnixNanos.FromDateTime(time);
            error = null;
            return true;
        }

        transactTime = default;
        error = $"TransactTime (60) is {Describe(message, FixTags.TransactTime)} and there is no usable SendingTime (52).";
        return false;
    }

    private static string Describe(FixMessage message, int tag) => message.GetString(tag) is { } value ? $"'{value}'" : "missing";
}
