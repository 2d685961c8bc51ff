namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>One execution as the venue simulator sent it (read back from its FIX message log).</summary>
public sealed record VenueFill(string ExecId, string OrderId, string ClOrdId, string Symbol, char Side, decimal LastQty, decimal LastPx);
