namespace OrleansTrading.Domain.Orders;

/// <summary>
/// What an execution report reports. Values are the FIX ExecType (150) characters, so a codec maps them without a
/// table. <see cref="PartialFill"/> and <see cref="Fill"/> are FIX 4.2 codes that venues still send; they are read
/// like <see cref="Trade"/>.
/// </summary>
public enum ExecType
{
    New = '0',
    PartialFill = '1',
    Fill = '2',
    DoneForDay = '3',
    Canceled = '4',
    Replaced = '5',
    PendingCancel = '6',
    Stopped = '7',
    Rejected = '8',
    Suspended = '9',
    PendingNew = 'A',
    Calculated = 'B',
    Expired = 'C',
    Restated = 'D',
    PendingReplace = 'E',
    Trade = 'F',
    TradeCorrect = 'G',
    TradeCancel = 'H',
    OrderStatus = 'I',
}

public static class ExecTypeExtensions
{
    /// <summary>True for the reports that carry an execution (LastQty at LastPx): Trade and the FIX 4.2 PartialFill/Fill.</summary>
    public static bool IsTrade(this ExecType execType) =>
        execType is ExecType.Trade or ExecType.PartialFill or ExecType.Fill;
}
