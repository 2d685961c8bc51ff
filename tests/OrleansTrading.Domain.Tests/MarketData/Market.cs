using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.MarketData;

/// <summary>Instruments and tick builders shared by the market-data, bar and simulation tests.</summary>
internal static class Market
{
    public static readonly Instrument Equity = new(new InstrumentId("TEST.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));

    public static readonly Instrument Future = new(new InstrumentId("ESZ5.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);

    /// <summary>2025-03-03 00:00:00 UTC, a Monday.</summary>
    public static readonly UnixNanos Day = UnixNanos.FromDateTime(new DateTime(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc));

    public static UnixNanos At(int hour, int minute, int second, int millisecond = 0) =>
        Day.AddNanos((hour * UnixNanos.NanosPerHour) + (minute * UnixNanos.NanosPerMinute) + (second * UnixNanos.NanosPerSecond) + (millisecond * UnixNanos.NanosPerMillisecond));

    public static TradeTick Trade(decimal price, decimal size, UnixNanos ts, Instrument? instrument = null) =>
        new((instrument ?? Equity).Id, new Price(price), new Quantity(size), AggressorSide.NoAggressor, default, ts, ts);

    public static QuoteTick Quote(decimal bid, decimal ask, decimal bidSize, decimal askSize, UnixNanos ts, Instrument? instrument = null) =>
        new((instrument ?? Equity).Id, new Price(bid), new Price(ask), new Quantity(bidSize), new Quantity(askSize), ts, ts);
}
