using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.VenueSimulator.Listings;

namespace OrleansTrading.VenueSimulator.Tests.Fix;

public sealed class MarketSettingsFileTests
{
    [Fact]
    public void Instruments_file_is_read_exactly_with_defaults_for_what_it_leaves_out()
    {
        var settings = MarketSettingsFile.Parse("""
            {
              // comments and trailing commas are fine
              "MarketMaker": "MM-1",
              "endOfDayUtc": "21:30",
              "expiryCheckMs": 250,
              "instruments": [
                { "symbol": "ESZ5", "instrumentId": "ES.FUT", "tickSize": "0.25", "lotSize": 1, "assetClass": "future",
                  "ladder": { "referencePrice": 6000.00, "quantityPerLevel": 10 } },
                { "symbol": "EURUSD", "tickSize": 0.00001, "currency": "USD", "assetClass": "fx" },
              ],
            }
            """, "test.json");

        Assert.Equal("MM-1", settings.MarketMaker.Value);
        Assert.Equal(new TimeOnly(21, 30), settings.EndOfDayUtc);
        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.ExpiryCheckInterval);
        var future = settings.Instruments[0];
        Assert.Equal("ESZ5", future.Symbol);
        Assert.Equal(new InstrumentId("ES.FUT"), future.Instrument.Id);
        Assert.Equal(0.25m, future.Instrument.TickSize);
        Assert.Equal(AssetClass.Future, future.Instrument.AssetClass);
        Assert.Equal(0.25m, future.Ladder!.LevelSpacing);
        Assert.Equal(5, future.Ladder.Levels);
        Assert.True(future.Ladder.Replenish);
        Assert.Equal("MM-1", future.Ladder.MarketMaker.Value);
        var fx = settings.Instruments[1];
        Assert.Equal(new InstrumentId("EURUSD"), fx.Instrument.Id);
        Assert.Equal(0.00001m, fx.Instrument.TickSize);
        Assert.Equal(1m, fx.Instrument.LotSize.Value);
        Assert.Null(fx.Ladder);
    }

    [Fact]
    public void End_of_day_none_means_the_day_never_ends()
    {
        var settings = MarketSettingsFile.Parse("""{ "endOfDayUtc": "none", "instruments": [ { "symbol": "A", "tickSize": 0.01 } ] }""", "test.json");

        Assert.Null(settings.EndOfDayUtc);
    }

    [Theory]
    [InlineData("""{ "instruments": [ { "symbol": "A", "tickSize": 0.01, "colour": "red" } ] }""", "colour")]
    [InlineData("""{ "instruments": [ { "tickSize": 0.01 } ] }""", "symbol")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "tickSize": 0.01, "ladder": { "referencePrice": 10.005, "quantityPerLevel": 100 } } ] }""", "not on the tick grid")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "tickSize": 0.01 }, { "symbol": "A", "tickSize": 0.05 } ] }""", "listed twice")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "instrumentId": "X:Y", "tickSize": 0.01 } ] }""", "cannot contain ':'")]
    [InlineData("""{ "endOfDayUtc": "5pm", "instruments": [ { "symbol": "A", "tickSize": 0.01 } ] }""", "HH:mm:ss")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "tickSize": 0.01, "assetClass": "tulips" } ] }""", "assetClass 'tulips' of A is unknown")]
    [InlineData("""{ "instruments": [ ] }""", "at least one instrument")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "instrumentId": "A-VERY-LONG-INSTRUMENT-ID-OF-33", "tickSize": 0.01 } ] }""", "at most 30 are allowed")]
    [InlineData("""{ "instruments": [ { "symbol": "A", "tickSize": 0 } ] }""", "tick size must be positive")]
    public void Bad_instruments_file_is_refused_naming_the_file_and_the_problem(string json, string expected)
    {
        var problem = Assert.Throws<FormatException>(() => MarketSettingsFile.Parse(json, "bad.json"));

        Assert.Contains("'bad.json'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_market_lists_AAPL_and_MSFT_with_ladders_a_lone_order_can_trade_against()
    {
        var market = MarketSettings.Default;

        Assert.Null(market.Check());
        Assert.Equal(["AAPL", "MSFT"], market.Instruments.Select(i => i.Symbol));
        Assert.All(market.Instruments, i => Assert.NotNull(i.Ladder));
    }
}
