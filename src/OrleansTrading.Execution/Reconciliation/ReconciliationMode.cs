namespace OrleansTrading.Execution.Reconciliation;

/// <summary>How a FIX venue connector asks for the status of its open orders after each logon.</summary>
public enum ReconciliationMode
{
    /// <summary>One OrderStatusRequest (35=H) per open order: works with every venue.</summary>
    Status,

    /// <summary>
    /// One OrderMassStatusRequest (35=AF, all orders), which also reveals orders the venue works that the platform does
    /// not know; open orders missing from the answer are then asked about one by one (they may have closed).
    /// </summary>
    Mass,
}
