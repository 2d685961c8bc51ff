using OrleansTrading.Grains.Instruments;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Api.Tests;

internal static class TestInstruments
{
    public static readonly Instrument Aapl = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));

    public static readonly Instrument Es = new(new InstrumentId("ESZ6.XCME"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m), 50m);

    public static readonly Instrument EurUsd = new(new InstrumentId("EURUSD.FX"), AssetClass.Fx, Currency.Usd, 0.00001m, new Quantity(1000m));

    public static readonly InstrumentCatalog Catalog = new([Aapl, Es, EurUsd]);
}
