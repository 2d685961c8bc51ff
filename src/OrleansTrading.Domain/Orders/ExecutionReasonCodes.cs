namespace OrleansTrading.Domain.Orders;

/// <summary>Reason codes of <see cref="ExecutionOutcome"/>s: why venue input was not applied as it stands.</summary>
public static class ExecutionReasonCodes
{
    /// <summary>The ExecID was already applied; the report is a redelivery and changes nothing.</summary>
    public const string DuplicateExecId = "DUPLICATE_EXEC_ID";

    /// <summary>The report carries older information than the order holds (it would move the status backwards); recorded, not applied.</summary>
    public const string StaleReport = "STALE_REPORT";

    /// <summary>The fill would take CumQty above the order quantity.</summary>
    public const string Overfill = "OVERFILL";

    /// <summary>The venue's CumQty differs from the sum of the fills this order has seen (plus this report's LastQty).</summary>
    public const string CumQtyMismatch = "CUM_QTY_MISMATCH";

    /// <summary>The report is malformed: an undefined enum value, a trade without a positive LastQty.</summary>
    public const string InvalidReport = "INVALID_REPORT";

    /// <summary>None of the report's ClOrdID, OrigClOrdID or OrderID belongs to this order.</summary>
    public const string UnknownOrder = "UNKNOWN_ORDER";

    /// <summary>The order was never sent (status Initialized), so the venue cannot report on it.</summary>
    public const string OrderNotSubmitted = "ORDER_NOT_SUBMITTED";

    /// <summary>The status change the report asks for is not in the transition table.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>A fill reported for an order the venue had rejected.</summary>
    public const string FillOnRejectedOrder = "FILL_ON_REJECTED_ORDER";

    /// <summary>Trade corrections and busts (ExecType G/H) are not applied automatically; they need an operator.</summary>
    public const string TradeCorrectionUnsupported = "TRADE_CORRECTION_UNSUPPORTED";

    /// <summary>A Replaced report arrived while no replace request of ours was pending, or for another ClOrdID.</summary>
    public const string NoMatchingReplace = "NO_MATCHING_REPLACE";

    /// <summary>A Replaced or Restated report would set the order quantity below CumQty.</summary>
    public const string QuantityBelowFilled = "QUANTITY_BELOW_FILLED";
}
