using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Listings;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

public sealed class SymbolMapTests
{
    private static readonly SymbolMap _symbols = new([
        new ListedInstrument("ESZ5", new Instrument(new InstrumentId("ES.FUT"), AssetClass.Future, Currency.Usd, 0.25m, new Quantity(1m)), null),
    ]);

    [Fact]
    public void Listed_symbol_resolves_to_its_instrument_and_back()
    {
        Assert.Equal(new InstrumentId("ES.FUT"), _symbols.Resolve("ESZ5", out var problem));
        Assert.Null(problem);
        Assert.Equal("ESZ5", _symbols.SymbolOf(new InstrumentId("ES.FUT")));
    }

    [Fact]
    public void Unlisted_symbol_resolves_to_an_id_of_the_same_text_for_the_engine_to_refuse()
    {
        Assert.Equal(new InstrumentId("NQZ5"), _symbols.Resolve("NQZ5", out _));
        Assert.Equal("NQZ5", _symbols.SymbolOf(new InstrumentId("NQZ5")));
    }

    [Theory]
    [InlineData("ES.FUT", "send Symbol (55) ESZ5")]
    [InlineData("ES Z5", "not printable ASCII")]
    public void Symbol_that_cannot_name_an_instrument_does_not_resolve_and_says_why(string symbol, string expected)
    {
        Assert.Null(_symbols.Resolve(symbol, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
