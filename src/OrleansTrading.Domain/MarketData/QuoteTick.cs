using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.MarketData;

/// <summary>
/// Top of book for one instrument: best bid and ask with their displayed sizes.
/// <para>
/// A crossed quote (bid above ask) is refused: the paper venue fills market buys at the ask and sells at the bid,
/// so a crossed quote would hand every strategy a free arbitrage that no venue offers. Consolidated feeds do
/// produce crossed quotes across venues; the feed normaliser drops and counts them (use <see cref="TryCreate"/>,
/// which does not throw). A locked quote (bid equal to ask) is kept: it is a real, tradable state.
/// A zero size means that side is empty; the price on an empty side is carried but nothing can fill against it.
/// </para>
/// </summary>
/// <remarks>TsInit may be earlier than TsEvent when venue and local clocks disagree; that is data, not an error.</remarks>
public readonly record struct QuoteTick
{
    public QuoteTick(
        InstrumentId instrument,
        Price bid,
        Price ask,
        Quantity bidSize,
        Quantity askSize,
        UnixNanos tsEvent,
        UnixNanos tsInit)
    {
        if (bid > ask)
        {
            throw new ArgumentException(CrossedMessage(instrument, bid, ask), nameof(bid));
        }

        Instrument = instrument;
        Bid = bid;
        Ask = ask;
        BidSize = bidSize;
        AskSize = askSize;
        TsEvent = tsEvent;
        TsInit = tsInit;
    }

    public InstrumentId Instrument { get; }

    public Price Bid { get; }

    public Price Ask { get; }

    public Quantity BidSize { get; }

    public Quantity AskSize { get; }

    /// <summary>When the venue says the quote changed.</summary>
    public UnixNanos TsEvent { get; }

    /// <summary>When the platform first saw it.</summary>
    public UnixNanos TsInit { get; }

    /// <summary>(bid + ask) / 2, exact in decimal.</summary>
    public Price Mid => new((Bid.Value + Ask.Value) * 0.5m);

    public Price Spread => Ask - Bid;

    /// <summary>Builds a quote, or returns false with the reason when it is crossed; never throws for a crossed quote.</summary>
    public static bool TryCreate(
        InstrumentId instrument,
        Price bid,
        Price ask,
        Quantity bidSize,
        Quantity askSize,
        UnixNanos tsEvent,
        UnixNanos tsInit,
        out QuoteTick quote,
        out string? error)
    {
        if (bid > ask)
        {
            quote = default;
            error = CrossedMessage(instrument, bid, ask);
            return false;
        }

        quote = new QuoteTick(instrument, bid, ask, bidSize, askSize, tsEvent, tsInit);
        error = null;
        return true;
    }

    private static string CrossedMessage(InstrumentId instrument, Price bid, Price ask) =>
        $"Quote for {instrument} is crossed: bid {bid} is above ask {ask}. Crossed quotes are dropped by the feed normaliser; pass bid <= ask.";
}
