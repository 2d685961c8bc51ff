using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Simulation;

/// <summary>
/// The fill, slippage, fee and latency models put together: what the paper venue and the backtester call. Pure:
/// it keeps no state between calls (the caller keeps the order's filled quantity, notional and stop state in the
/// <see cref="OrderView"/> it passes), so two callers fed the same inputs get the same proposals.
/// </summary>
public sealed class ExecutionSimulator
{
    public ExecutionSimulator(FillModel fills, IFeeModel fees, ILatencyModel latency)
    {
        ArgumentNullException.ThrowIfNull(fills);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(latency);
        Fills = fills;
        Fees = fees;
        Latency = latency;
    }

    public FillModel Fills { get; }

    public IFeeModel Fees { get; }

    public ILatencyModel Latency { get; }

    /// <summary>When an order message sent at <paramref name="sentAt"/> reaches the venue.</summary>
    public UnixNanos ArrivalAtVenue(ClientOrderId order, UnixNanos sentAt) => Latency.ArrivalAtVenue(order, sentAt);

    /// <summary>When a report produced at <paramref name="venueTime"/> (an ack, a cancel) reaches the client.</summary>
    public UnixNanos ArrivalAtClient(ClientOrderId order, UnixNanos venueTime) => Latency.ArrivalAtClient(order, venueTime);

    /// <summary>Evaluates <paramref name="order"/> against <paramref name="quote"/>, the book at venue time <paramref name="venueTime"/>.</summary>
    public ExecutionProposal OnQuote(Instrument instrument, in OrderView order, in QuoteTick quote, UnixNanos venueTime) =>
        Propose(instrument, order, Fills.OnQuote(instrument, order, quote), venueTime);

    /// <summary>Evaluates <paramref name="order"/> against <paramref name="trade"/>, printed at venue time <paramref name="venueTime"/>.</summary>
    public ExecutionProposal OnTrade(Instrument instrument, in OrderView order, in TradeTick trade, UnixNanos venueTime) =>
        Propose(instrument, order, Fills.OnTrade(instrument, order, trade), venueTime);

    private ExecutionProposal Propose(Instrument instrument, in OrderView order, FillDecision decision, UnixNanos venueTime)
    {
        var fee = decision.HasFill
            ? Fees.FeeForFill(instrument, order.FilledQuantity, order.FilledNotional, decision.Quantity, decision.Price)
            : Money.Zero(instrument.QuoteCurrency);
        return new ExecutionProposal(
            decision.StopTriggered,
            decision.Quantity,
            decision.Price,
            fee,
            decision.Liquidity,
            venueTime,
            Latency.ArrivalAtClient(order.ClientOrderId, venueTime),
            decision.CancelRemainder);
    }
}
