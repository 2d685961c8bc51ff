using System.Collections.Immutable;
using Grpc.Core;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Api.Services;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Reporting;

/// <summary>
/// Reads fills from the order journals of a set of accounts, in (account, sequence) order, within a time range and
/// a budget of journal events per request.
/// </summary>
public sealed class TradeLogScanner(ApiServiceContext api, ServerCallContext context)
{
    private const int ReadBatch = 1000;

    public sealed record Filter(UnixNanos Start, UnixNanos End, InstrumentId? Instrument, StrategyId? Strategy);

    public sealed record Page(IReadOnlyList<OrderEvent> Trades, TradeLogCursor? Next, long Scanned);

    /// <summary>Up to <paramref name="maxTrades"/> fills after <paramref name="from"/>; <see cref="Page.Next"/> is null when every journal was read to its end.</summary>
    public async Task<Page> ScanAsync(ImmutableArray<AccountId> accounts, TradeLogCursor from, Filter filter, int maxTrades, long scanBudget)
    {
        var trades = new List<OrderEvent>();
        var cursor = from;
        long scanned = 0;
        while (cursor.AccountIndex < accounts.Length)
        {
            var account = accounts[cursor.AccountIndex];
            var grain = api.Grains.GetGrainByKey<IAccountGrain>(account.Value);
            var events = await ApiServiceContext.Call(grain.ReadOrderEvents(cursor.AfterSequence, ReadBatch), context).ConfigureAwait(false);
            foreach (var e in events)
            {
                if (e.Sequence <= cursor.AfterSequence)
                {
                    continue;
                }

                scanned++;
                cursor = cursor with { AfterSequence = e.Sequence };
                if (Matches(e, filter))
                {
                    trades.Add(e);
                    if (trades.Count >= maxTrades)
                    {
                        return new Page(trades, cursor, scanned);
                    }
                }
            }

            if (events.Count < ReadBatch)
            {
                cursor = new TradeLogCursor(cursor.AccountIndex + 1, 0);
            }

            if (scanned >= scanBudget)
            {
                return new Page(trades, cursor.AccountIndex < accounts.Length ? cursor : null, scanned);
            }
        }

        return new Page(trades, null, scanned);
    }

    private static bool Matches(OrderEvent e, Filter filter) =>
        FillEvents.IsFill(e) && e.TsEvent >= filter.Start && e.TsEvent < filter.End
        && (filter.Instrument is null || filter.Instrument == e.Instrument)
        && (filter.Strategy is null || filter.Strategy == e.Strategy);
}
