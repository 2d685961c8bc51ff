using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// Decides, for one working order and one tick, whether and how much it fills. Pure and deterministic; shared by
/// the paper venue and the backtester so both fill identically.
/// <list type="bullet">
/// <item>Stops trigger on a quote when the touch reaches the stop (buy: ask ≥ stop; sell: bid ≤ stop) and on a
/// trade when its price does; a triggered stop works as a market order, a triggered stop-limit as a limit order,
/// from the same tick on.</item>
/// <item>On a quote, market orders cross the spread: buy at the ask, sell at the bid, plus slippage. Limit orders
/// fill when marketable (buy: ask ≤ limit; sell: bid ≥ limit) at the quote price, plus slippage capped at the limit.
/// Both are taker fills.</item>
/// <item>On a trade, market orders fill at the trade price plus slippage (taker); a limit order fills at its own
/// limit price when the trade prints through it (or at it, if <see cref="FillModelOptions.FillRestingLimitAtTouch"/>)
/// — a maker fill, no slippage.</item>
/// <item>Size: at most participation × displayed size (quotes) or × trade size (trades), rounded down to the lot
/// size; never more than the leaves quantity. The rest keeps working.</item>
/// <item>IOC: the remainder after this evaluation is cancelled. FOK: fills the whole leaves quantity or nothing,
/// and is then cancelled. The caller evaluates IOC/FOK orders once, against the book at their arrival.</item>
/// </list>
/// Each order is evaluated against the full displayed size; a caller working several orders on one instrument
/// and wanting them to share the liquidity passes each the size left by the previous ones.
/// </summary>
public sealed class FillModel
{
    public FillModel(FillModelOptions options, ISlippageModel slippage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(slippage);
        Options = options;
        Slippage = slippage;
    }

    public FillModelOptions Options { get; }

    public ISlippageModel Slippage { get; }

    public FillDecision OnQuote(Instrument instrument, in OrderView order, in QuoteTick quote)
    {
        CheckInstrument(instrument, quote.Instrument, order);
        var buy = order.Side == OrderSide.Buy;
        var touch = buy ? quote.Ask : quote.Bid;
        if (!Triggers(order, touch, out var triggeredNow))
        {
            return FillDecision.NoFill(false, IsImmediate(order));
        }

        var limit = ActiveLimit(order);
        if (limit is { } l && (buy ? touch > l : touch < l))
        {
            return FillDecision.NoFill(triggeredNow, IsImmediate(order));
        }

        var price = Slippage.Apply(instrument, order.Side, touch);
        if (limit is { } cap)
        {
            price = buy ? Price.Min(price, cap) : Price.Max(price, cap);
        }

        var displayed = buy ? quote.AskSize : quote.BidSize;
        return Size(instrument, order, displayed, Options.QuoteParticipation, price, LiquiditySide.Taker, triggeredNow);
    }

    public FillDecision OnTrade(Instrument instrument, in OrderView order, in TradeTick trade)
    {
        CheckInstrument(instrument, trade.Instrument, order);
        if (!Triggers(order, trade.Price, out var triggeredNow))
        {
            return FillDecision.NoFill(false, IsImmediate(order));
        }

        if (ActiveLimit(order) is { } limit)
        {
            var through = order.Side == OrderSide.Buy ? trade.Price < limit : trade.Price > limit;
            if (!through && !(Options.FillRestingLimitAtTouch && trade.Price == limit))
            {
                return FillDecision.NoFill(triggeredNow, IsImmediate(order));
            }

            return Size(instrument, order, trade.Size, Options.TradeParticipation, limit, LiquiditySide.Maker, triggeredNow);
        }

        var price = Slippage.Apply(instrument, order.Side, trade.Price);
        return Size(instrument, order, trade.Size, Options.TradeParticipation, price, LiquiditySide.Taker, triggeredNow);
    }

    private static FillDecision Size(
        Instrument instrument,
        in OrderView order,
        Quantity available,
        decimal participation,
        Price price,
        LiquiditySide liquidity,
        bool triggeredNow)
    {
        var lot = instrument.LotSize.Value;
        var allowed = decimal.Floor(available.Value * participation / lot) * lot;
        var leaves = order.LeavesQuantity.Value;
        var immediate = IsImmediate(order);
        if (order.TimeInForce == TimeInForce.Fok && allowed < leaves)
        {
            return FillDecision.NoFill(triggeredNow, cancelRemainder: true);
        }

        var quantity = Math.Min(allowed, leaves);
        if (quantity <= 0m)
        {
            return FillDecision.NoFill(triggeredNow, immediate);
        }

        return new FillDecision(triggeredNow, new Quantity(quantity), price, liquidity, immediate && quantity < leaves);
    }

    /// <summary>True when the order is live on this tick: not a stop, already triggered, or triggered by <paramref name="price"/>.</summary>
    private static bool Triggers(in OrderView order, Price price, out bool triggeredNow)
    {
        triggeredNow = false;
        if (order.Type is not (OrderType.Stop or OrderType.StopLimit) || order.StopTriggered)
        {
            return true;
        }

        var stop = order.StopPrice!.Value;
        triggeredNow = order.Side == OrderSide.Buy ? price >= stop : price <= stop;
        return triggeredNow;
    }

    private static Price? ActiveLimit(in OrderView order) =>
        order.Type is OrderType.Limit or OrderType.StopLimit ? order.LimitPrice : null;

    private static bool IsImmediate(in OrderView order) => order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok;

    private static void CheckInstrument(Instrument instrument, Identifiers.InstrumentId tickInstrument, in OrderView order)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (tickInstrument != instrument.Id)
        {
            throw new ArgumentException($"Order {order.ClientOrderId} on {instrument.Id} was evaluated against a tick for {tickInstrument}; pass the order's own instrument's ticks.", nameof(instrument));
        }
    }
}
