using System.Collections.Concurrent;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.MarketData;

/// <summary>
/// The latest known price per instrument in this silo: the reference for price collars, notional of market
/// orders and marks. Fed by the paper venue's quotes today; the market-data component (next wave) feeds it
/// from normalised market data on every silo.
/// </summary>
public sealed class MarketPriceBook
{
    private readonly ConcurrentDictionary<InstrumentId, Price> _last = new();

    public Price? Last(InstrumentId instrument) => _last.TryGetValue(instrument, out var price) ? price : null;

    public void Update(InstrumentId instrument, Price price) => _last[instrument] = price;
}
