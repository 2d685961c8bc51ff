namespace OrleansTrading.Host.ReferenceData;

/// <summary>
/// Instruments, accounts, strategies and funds from configuration (<c>OrleansTrading:Instruments</c> …). Amounts are
/// strings in configuration files and bind to decimals exactly.
/// </summary>
public sealed class ReferenceDataOptions
{
    public List<InstrumentOptions> Instruments { get; init; } = [];

    public List<AccountOptions> Accounts { get; init; } = [];

    public List<StrategyOptions> Strategies { get; init; } = [];

    public List<FundOptions> Funds { get; init; } = [];
}

public sealed class InstrumentOptions
{
    public string Id { get; init; } = "";

    public string AssetClass { get; init; } = "Equity";

    public string Currency { get; init; } = "USD";

    public decimal TickSize { get; init; } = 0.01m;

    public decimal LotSize { get; init; } = 1m;

    public decimal Multiplier { get; init; } = 1m;

    /// <summary>Initial margin as a fraction of notional (e.g. 0.25), used by the margin-utilisation limit.</summary>
    public decimal? InitialMarginRate { get; init; }
}

public sealed class AccountOptions
{
    public string Id { get; init; } = "";

    public string Currency { get; init; } = "USD";

    public decimal StartingCash { get; init; }

    public List<string> Funds { get; init; } = [];

    public LimitOptions Limits { get; init; } = new();
}

public sealed class StrategyOptions
{
    public string Id { get; init; } = "";

    public string Description { get; init; } = "";

    public string Owner { get; init; } = "";

    public List<string> Accounts { get; init; } = [];

    public LimitOptions Limits { get; init; } = new();
}

public sealed class FundOptions
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public List<string> Accounts { get; init; } = [];
}

public sealed class LimitOptions
{
    public decimal? MaxOrderQuantity { get; init; }

    public decimal? MaxOrderNotional { get; init; }

    public decimal? MaxPositionPerInstrument { get; init; }

    public decimal? MaxGrossNotional { get; init; }

    public decimal? MaxDailyDrawdown { get; init; }

    public string DrawdownBreachMode { get; init; } = "Halted";

    public decimal? MaxMarginUtilisation { get; init; }

    public int? MaxOrdersPerSecond { get; init; }

    public int? OrderBurst { get; init; }

    public decimal? PriceCollarPercent { get; init; }
}
