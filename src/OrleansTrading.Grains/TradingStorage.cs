namespace OrleansTrading.Grains;

/// <summary>The grain-storage provider name every trading grain persists through (SQLite embedded, Azure Table clustered).</summary>
public static class TradingStorage
{
    public const string Name = "trading";
}
