using OrleansTrading.Domain.Orders;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// FIX 4.4 single-character codes for the kernel's enums. Side (54), OrdType (40) and TimeInForce (59) read any code
/// the wire carries (a digit as its value, anything else as its character code) so that the matching engine can refuse
/// the unsupported ones with a clear text and the reject can echo them unchanged.
/// </summary>
internal static class FixCodes
{
    public static OrderSide Side(char code) => (OrderSide)Value(code);

    public static OrderType OrdType(char code) => (OrderType)Value(code);

    public static TimeInForce TimeInForce(char code) => (TimeInForce)Value(code);

    public static char Code(OrderSide side) => Code((int)side);

    public static char Code(OrderType type) => Code((int)type);

    public static char Code(TimeInForce timeInForce) => Code((int)timeInForce);

    /// <summary>ExecType (150) of an execution event; a trigger is reported as D (Restated): FIX 4.4 has no Triggered.</summary>
    public static char ExecType(ExecutionEvent execution) => execution switch
    {
        OrderAccepted => '0',
        OrderCanceled => '4',
        OrderReplaced => '5',
        OrderRejected => '8',
        OrderExpired => 'C',
        OrderTriggered => 'D',
        OrderFilled => 'F',
        OrderStatusReported => 'I',
        _ => throw new ArgumentOutOfRangeException(nameof(execution), execution.GetType().Name, "Unknown execution event."),
    };

    private static int Value(char code) => code is >= '0' and <= '9' ? code - '0' : code;

    private static char Code(int value) => value is >= 0 and <= 9 ? (char)('0' + value) : (char)value;
}
