using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Tests.Instruments;

public sealed class InstrumentRegistryTests
{
    private static readonly Instrument Aapl = new(new InstrumentId("AAPL.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));
    private static readonly Instrument Msft = new(new InstrumentId("MSFT.XNAS"), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m));

    [Fact]
    public void Registered_instrument_is_found_by_id()
    {
        var registry = new InstrumentRegistry([Aapl, Msft]);
        Assert.Same(Aapl, registry.Get(Aapl.Id));
        Assert.True(registry.TryGet(Msft.Id, out var found));
        Assert.Same(Msft, found);
        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Unknown_id_gives_an_error_naming_it()
    {
        var registry = new InstrumentRegistry([Aapl]);
        var error = Assert.Throws<UnknownInstrumentException>(() => registry.Get(new InstrumentId("TSLA.XNAS")));
        Assert.Equal(new InstrumentId("TSLA.XNAS"), error.InstrumentId);
        Assert.Contains("TSLA.XNAS", error.Message, StringComparison.Ordinal);
        Assert.False(registry.TryGet(new InstrumentId("TSLA.XNAS"), out _));
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Fact]
    public void Same_id_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new InstrumentRegistry([Aapl, Aapl with { }]));
        Assert.Throws<ArgumentException>(() => new InstrumentRegistry([Aapl]).Add(Aapl));
    }

    [Fact]
    public void Adding_returns_a_new_registry_and_leaves_the_old_one_unchanged()
    {
        var original = new InstrumentRegistry([Aapl]);
        var bigger = original.Add(Msft);
        Assert.False(original.Contains(Msft.Id));
        Assert.True(bigger.Contains(Msft.Id));
        Assert.Equal(0, InstrumentRegistry.Empty.Count);
    }

    [Fact]
    public void Add_or_replace_updates_reference_data()
    {
        var updated = Aapl with { AllowsNonPositivePrices = true };
        var registry = new InstrumentRegistry([Aapl]).AddOrReplace(updated);
        Assert.Same(updated, registry.Get(Aapl.Id));
    }
}
