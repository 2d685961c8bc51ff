namespace OrleansTrading.Domain.Orders;

public static class OrderStatusExtensions
{
    /// <summary>
    /// True for the states an order never leaves: Filled, Canceled, Rejected, Expired. <see cref="OrderStatus.Replaced"/>
    /// is not among them because an order is never held in it (a replace advances the same order's ClOrdID chain).
    /// </summary>
    public static bool IsTerminal(this OrderStatus status) =>
        status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired;

    /// <summary>True while a cancel or replace request of ours awaits the venue's answer.</summary>
    public static bool IsPendingRequest(this OrderStatus status) =>
        status is OrderStatus.PendingCancel or OrderStatus.PendingReplace;

    /// <summary>The FIX OrdStatus (39) code; <see cref="OrderStatus.Initialized"/> has none and throws.</summary>
    public static char ToFixCode(this OrderStatus status) => status switch
    {
        OrderStatus.New => '0',
        OrderStatus.PartiallyFilled => '1',
        OrderStatus.Filled => '2',
        OrderStatus.DoneForDay => '3',
        OrderStatus.Canceled => '4',
        OrderStatus.Replaced => '5',
        OrderStatus.PendingCancel => '6',
        OrderStatus.Rejected => '8',
        OrderStatus.Suspended => '9',
        OrderStatus.PendingNew => 'A',
        OrderStatus.Expired => 'C',
        OrderStatus.PendingReplace => 'E',
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "This status is ours only (or unknown) and has no FIX OrdStatus code."),
    };

    /// <summary>
    /// Reads a FIX OrdStatus (39) code. False for codes the kernel does not model — Stopped (7), Calculated (B),
    /// Accepted for bidding (D) — which an adapter must map itself (usually to New or PartiallyFilled by CumQty).
    /// </summary>
    public static bool TryParseFixCode(char code, out OrderStatus status)
    {
        status = code switch
        {
            '0' => OrderStatus.New,
            '1' => OrderStatus.PartiallyFilled,
            '2' => OrderStatus.Filled,
            '3' => OrderStatus.DoneForDay,
            '4' => OrderStatus.Canceled,
            '5' => OrderStatus.Replaced,
            '6' => OrderStatus.PendingCancel,
            '8' => OrderStatus.Rejected,
            '9' => OrderStatus.Suspended,
            'A' => OrderStatus.PendingNew,
            'C' => OrderStatus.Expired,
            'E' => OrderStatus.PendingReplace,
            _ => OrderStatus.Initialized,
        };
        return status != OrderStatus.Initialized;
    }
}
