using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;

namespace OrleansTrading.Domain.Tests.Instruments;

public sealed class SymbologyMapTests
{
    private static readonly InstrumentId Aapl = new("AAPL.XNAS");
    private static readonly InstrumentId Msft = new("MSFT.XNAS");

    private static SymbologyMap Map() => SymbologyMap.Empty
        .Add("XNAS", "AAPL", Aapl)
        .Add("BLOOMBERG", "AAPL US Equity", Aapl)
        .Add("XNAS", "MSFT", Msft);

    [Fact]
    public void Source_symbols_resolve_to_the_canonical_instrument()
    {
        var map = Map();
        Assert.Equal(Aapl, map.ToInstrument("XNAS", "AAPL"));
        Assert.Equal(Aapl, map.ToInstrument(new ExternalSymbol("BLOOMBERG", "AAPL US Equity")));
        Assert.Equal(Msft, map.ToInstrument("XNAS", "MSFT"));
        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void Instrument_resolves_to_the_symbol_for_an_outgoing_order()
    {
        var map = Map();
        Assert.Equal("AAPL", map.ToVenueSymbol(Aapl, new VenueId("XNAS")));
        Assert.Equal("AAPL US Equity", map.ToSymbol(Aapl, "BLOOMBERG"));
    }

    [Fact]
    public void Unknown_symbol_gives_an_error_naming_source_and_symbol()
    {
        var error = Assert.Throws<UnknownSymbolException>(() => Map().ToInstrument("XNAS", "TSLA"));
        Assert.Contains("'TSLA'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'XNAS'", error.Message, StringComparison.Ordinal);
        Assert.False(Map().TryToInstrument("XNAS", "aapl", out _));
    }

    [Fact]
    public void Instrument_without_a_symbol_for_the_venue_gives_an_error()
    {
        var error = Assert.Throws<UnknownSymbolException>(() => Map().ToVenueSymbol(Msft, new VenueId("XNYS")));
        Assert.Contains("MSFT.XNAS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbol_cannot_map_to_two_instruments()
    {
        var error = Assert.Throws<SymbologyConflictException>(() => Map().Add("XNAS", "AAPL", Msft));
        Assert.Contains("already maps to 'AAPL.XNAS'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instrument_cannot_have_two_symbols_at_one_source() =>
        Assert.Throws<SymbologyConflictException>(() => Map().Add("XNAS", "AAPL.O", Aapl));

    [Fact]
    public void The_same_mapping_given_twice_is_refused()
    {
        var error = Assert.Throws<SymbologyConflictException>(() => Map().Add("XNAS", "AAPL", Aapl));
        Assert.Contains("already present", error.Message, StringComparison.Ordinal);
        Assert.Throws<SymbologyConflictException>(() => new SymbologyMap([new(new ExternalSymbol("XNAS", "AAPL"), Aapl), new(new ExternalSymbol("XNAS", "AAPL"), Aapl)]));
    }

    [Fact]
    public void The_same_symbol_at_different_sources_is_independent()
    {
        var map = SymbologyMap.Empty.Add("XNAS", "ABC", Aapl).Add("XLON", "ABC", Msft);
        Assert.Equal(Aapl, map.ToInstrument("XNAS", "ABC"));
        Assert.Equal(Msft, map.ToInstrument("XLON", "ABC"));
    }

    [Fact]
    public void Adding_leaves_the_original_map_unchanged()
    {
        var original = Map();
        var bigger = original.Add("XNYS", "AAPL", Aapl);
        Assert.False(original.TryToInstrument("XNYS", "AAPL", out _));
        Assert.Equal(Aapl, bigger.ToInstrument("XNYS", "AAPL"));
        Assert.Equal(4, bigger.Mappings.Count());
    }

    [Theory]
    [InlineData("BLOOM BERG", "AAPL")]
    [InlineData("XNAS", "")]
    [InlineData("XNAS", " AAPL")]
    [InlineData("XNAS", "AAPL\t")]
    public void Malformed_source_or_symbol_is_refused(string source, string symbol) =>
        Assert.Throws<ArgumentException>(() => new ExternalSymbol(source, symbol));
}
