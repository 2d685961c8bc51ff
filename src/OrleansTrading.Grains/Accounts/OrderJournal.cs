using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Grains.Accounts;

/// <summary>An account's order journal: its stream name, and the fills its events carry.</summary>
internal static class OrderJournal
{
    public static string Stream(AccountId account) => "orders" + Identifier.CompositeSeparator + account.Value;

    /// <summary>The fill a journaled order event carries, as its position applies it; null for an event without a fill.</summary>
    public static PositionFill? Fill(OrderEvent e, Instrument instrument) =>
        e is { FillId: { } fillId, LastQuantity: { } quantity, LastPrice: { } price }
            ? new PositionFill(fillId, e.Account, e.Strategy, e.Instrument, e.ClientOrderId, e.Side, quantity, price,
                e.Commission ?? Money.Zero(instrument.QuoteCurrency), e.TsEvent, e.TsEvent, e.Sequence)
            : null;
}
