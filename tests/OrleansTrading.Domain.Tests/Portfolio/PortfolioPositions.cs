using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Positions;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Portfolio;

/// <summary>Snapshot builders for aggregation tests.</summary>
internal static class PortfolioPositions
{
    public static readonly InstrumentId Aapl = new("AAPL.XNAS");
    public static readonly InstrumentId Es = new("ESZ6.XCME");
    public static readonly InstrumentId Sap = new("SAP.XETR");

    public static PositionSnapshot Snapshot(
        string account,
        string? strategy,
        InstrumentId instrument,
        decimal net,
        decimal openCost,
        decimal realised = 0m,
        decimal commissions = 0m,
        decimal multiplier = 1m,
        Currency? currency = null) =>
        new(
            new PositionKey(new AccountId(account), instrument, strategy is null ? null : new StrategyId(strategy)),
            currency ?? Currency.Usd,
            multiplier,
            net,
            openCost,
            realised,
            commissions,
            []);
}
