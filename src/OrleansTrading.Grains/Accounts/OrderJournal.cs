using System.Runtime.CompilerServices;
using Orleans.Serialization;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Accounts;

/// <summary>An account's order journal: its stream name, its events in order, and the fills they carry.</summary>
internal static class OrderJournal
{
    private const int Page = 1000;

    public static string Stream(AccountId account) => "orders" + Identifier.CompositeSeparator + account.Value;

    /// <summary>The account's order events after <paramref name="afterSequence"/>, in order, read a page at a time.</summary>
    public static async IAsyncEnumerable<OrderEvent> ReadAsync(
        IEventJournal journal, Serializer serializer, AccountId account, long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = Stream(account);
        var sequence = afterSequence;
        while (true)
        {
            var events = await journal.ReadAsync(stream, sequence, Page);
            foreach (var e in events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return serializer.Deserialize<OrderEvent>(e.Payload.ToArray())!;
                sequence = e.Sequence;
            }

            if (events.Count < Page)
            {
                yield break;
            }
        }
    }

    /// <summary>The fill a journaled order event carries, as its position applies it; null for an event without a fill.</summary>
    public static PositionFill? Fill(OrderEvent e, Instrument instrument) =>
        e is { FillId: { } fillId, LastQuantity: { } quantity, LastPrice: { } price }
            ? new PositionFill(fillId, e.Account, e.Strategy, e.Instrument, e.ClientOrderId, e.Side, quantity, price,
                e.Commission ?? Money.Zero(instrument.QuoteCurrency), e.TsEvent, e.TsEvent, e.Sequence)
            : null;
}
