using Microsoft.Extensions.Options;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;
using OrleansTrading.Grains.Venues.Paper;

namespace OrleansTrading.Host.Simulation;

/// <summary>
/// A seeded random-walk quote per configured instrument, fed to the paper venue (and so to the price book) on
/// co-located silos. The stand-in for real market data until the market-data component arrives; it runs only where
/// the paper venue does.
/// </summary>
public sealed class SimulatedQuoteFeed(
    IOptions<SimulatedFeedOptions> options,
    IInstrumentCatalog instruments,
    PaperVenue venue,
    IClock clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var random = new Random(settings.Seed);
        var mids = instruments.All.ToDictionary(i => i.Id, i => settings.StartPrices.GetValueOrDefault(i.Id.Value, 100m));
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, settings.IntervalMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.UtcNow;
            foreach (var instrument in instruments.All)
            {
                // A step of -2..+2 ticks, with a one-tick spread around the mid, both on the tick grid.
                var tick = instrument.TickSize;
                var mid = Math.Max(tick * 10, mids[instrument.Id] + (random.Next(-2, 3) * tick));
                mids[instrument.Id] = mid;
                var bid = new Price(Math.Floor(mid / tick) * tick);
                var ask = new Price(bid.Value + tick);
                var size = new Quantity(Math.Max(instrument.LotSize.Value, Math.Floor(settings.QuoteSize / instrument.LotSize.Value) * instrument.LotSize.Value));
                venue.OnQuote(new QuoteTick(instrument.Id, bid, ask, size, size, now, now));
            }
        }
    }
}
