using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.MarketData;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// Builds bars of one <see cref="BarType"/> from ticks and hands each closed bar to an <see cref="IBarSink"/>.
/// The live bar builder, the backtester and the paper venue all use this class, so the same ticks and the same
/// clock readings give the same bars everywhere. Single-threaded: one owner (a grain or the backtest loop) calls it.
/// The tick path allocates nothing.
/// </summary>
public abstract class BarAggregator
{
    private readonly IBarSink _sink;
    private readonly decimal _multiplier;
    private readonly bool _unitMultiplier;
    private readonly Currency _currency;

    private readonly bool _scaledPath;
    private readonly byte _tickPriceScale;
    private readonly byte _barPriceScale;
    private readonly byte _sizeScale;

    /// <param name="scaledPath">Whether the aggregator takes ticks as scaled integers (see <see cref="BarAccumulator"/>).</param>
    private protected BarAggregator(Instrument instrument, BarSpecification specification, BarAggregatorOptions options, IBarSink sink, bool scaledPath)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        if (specification.Aggregation == default)
        {
            throw new ArgumentException("The bar specification is empty; create it with BarSpecification.Time, Ticks, Volume or Notional.", nameof(specification));
        }

        Instrument = instrument;
        InstrumentId = instrument.Id;
        BarType = new BarType(instrument.Id, specification);
        Options = options;
        _sink = sink;
        _multiplier = instrument.Multiplier;
        _unitMultiplier = instrument.Multiplier == 1m;
        _currency = instrument.QuoteCurrency;
        BuildsFromTrades = specification.PriceSource == BarPriceSource.Trade;
        _tickPriceScale = ScaledDecimal.ScaleOf(instrument.TickSize);
        _barPriceScale = (byte)(_tickPriceScale + (specification.PriceSource == BarPriceSource.Mid ? 1 : 0));
        _sizeScale = ScaledDecimal.ScaleOf(instrument.LotSize.Value);
        _scaledPath = scaledPath && _barPriceScale <= 17 && _sizeScale <= 17 && _barPriceScale + _sizeScale <= 28;
    }

    public BarType BarType { get; }

    public Instrument Instrument { get; }

    public BarAggregatorOptions Options { get; }

    /// <summary>Ticks dropped because their time-bar interval had already closed (always 0 for event bars).</summary>
    public long DroppedLateTicks { get; private protected set; }

    private protected InstrumentId InstrumentId { get; }

    private protected bool BuildsFromTrades { get; }

    /// <summary>Decimal places of the instrument's lot size: the unit of scaled sizes.</summary>
    private protected byte SizeScale => _sizeScale;

    /// <summary>Creates the aggregator for <paramref name="specification"/>.</summary>
    public static BarAggregator Create(Instrument instrument, BarSpecification specification, IBarSink sink, BarAggregatorOptions? options = null)
    {
        options ??= BarAggregatorOptions.Default;
        return specification.Aggregation switch
        {
            BarAggregation.Time => new TimeBarAggregator(instrument, specification, options, sink),
            BarAggregation.Tick => new TickBarAggregator(instrument, specification, options, sink),
            BarAggregation.Volume or BarAggregation.Notional => new ThresholdBarAggregator(instrument, specification, options, sink),
            _ => throw new ArgumentException("The bar specification is empty; create it with BarSpecification.Time, Ticks, Volume or Notional.", nameof(specification)),
        };
    }

    /// <summary>
    /// Recreates an aggregator from <paramref name="snapshot"/>: it continues exactly where the snapshotted one
    /// stopped. Throws, and builds nothing, when the snapshot is for another instrument or is inconsistent.
    /// </summary>
    public static BarAggregator Restore(Instrument instrument, BarAggregatorSnapshot snapshot, IBarSink sink)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.BarType.Instrument != instrument.Id)
        {
            throw new ArgumentException($"Snapshot is for {snapshot.BarType}, not for instrument {instrument.Id}.", nameof(snapshot));
        }

        if (snapshot.OpenBars.IsDefault)
        {
            throw new ArgumentException($"Snapshot of {snapshot.BarType} has no open-bar list; use an empty list when no bar is open.", nameof(snapshot));
        }

        if (snapshot.DroppedLateTicks < 0)
        {
            throw new ArgumentException($"Snapshot of {snapshot.BarType} has a negative dropped-tick count.", nameof(snapshot));
        }

        var aggregator = Create(instrument, snapshot.BarType.Specification, sink, snapshot.Options);
        aggregator.Load(snapshot);
        aggregator.DroppedLateTicks = snapshot.DroppedLateTicks;
        return aggregator;
    }

    /// <summary>Adds a trade. Returns what happened to it; a quote-built aggregator ignores trades.</summary>
    /// <exception cref="ArgumentException">The trade is for another instrument (nothing changes).</exception>
    public BarTickOutcome OnTrade(in TradeTick trade)
    {
        if (trade.Instrument != InstrumentId)
        {
            ThrowWrongInstrument(trade.Instrument);
        }

        if (!BuildsFromTrades)
        {
            return BarTickOutcome.Ignored;
        }

        var price = trade.Price.Value;
        var size = trade.Size.Value;
        if (_scaledPath
            && ScaledDecimal.TryScale(price, _tickPriceScale, out var scaledPrice)
            && ScaledDecimal.TryScale(size, _sizeScale, out var scaledSize))
        {
            return AddScaled(scaledPrice, scaledSize, trade.TsEvent.Value);
        }

        return Add(price, size, NotionalOf(price, size), trade.TsEvent.Value);
    }

    /// <summary>Adds a quote (its mid, bid or ask, by the price source). A trade-built aggregator ignores quotes.</summary>
    /// <exception cref="ArgumentException">The quote is for another instrument (nothing changes).</exception>
    public BarTickOutcome OnQuote(in QuoteTick quote)
    {
        if (quote.Instrument != InstrumentId)
        {
            ThrowWrongInstrument(quote.Instrument);
        }

        if (BuildsFromTrades)
        {
            return BarTickOutcome.Ignored;
        }

        var source = BarType.Specification.PriceSource;
        if (_scaledPath
            && ScaledDecimal.TryScale(quote.Bid.Value, _tickPriceScale, out var bid)
            && ScaledDecimal.TryScale(quote.Ask.Value, _tickPriceScale, out var ask))
        {
            var scaled = source switch
            {
                BarPriceSource.Bid => bid,
                BarPriceSource.Ask => ask,
                _ => (bid + ask) * 5,
            };
            return AddScaled(scaled, 0, quote.TsEvent.Value);
        }

        var price = source switch
        {
            BarPriceSource.Bid => quote.Bid.Value,
            BarPriceSource.Ask => quote.Ask.Value,
            _ => (quote.Bid.Value + quote.Ask.Value) * 0.5m,
        };

        return Add(price, 0m, 0m, quote.TsEvent.Value);
    }

    /// <summary>
    /// Tells the aggregator the time on the injected clock. A time-bar aggregator closes, in order, every bar whose
    /// interval end is at or before <paramref name="now"/> − grace (and emits flat bars for empty intervals when so
    /// configured). Time never goes back: an earlier reading than one already seen closes nothing.
    /// Event bars are closed by ticks, not time, and ignore this. Returns the number of bars emitted.
    /// </summary>
    public abstract int OnTime(UnixNanos now);

    /// <summary>The aggregator's complete state, immutable; see <see cref="Restore"/>.</summary>
    public abstract BarAggregatorSnapshot Snapshot();

    /// <summary>Adds one tick: <paramref name="notional"/> is price × size × multiplier (0 for quotes).</summary>
    private protected abstract BarTickOutcome Add(decimal price, decimal size, decimal notional, long ts);

    /// <summary>
    /// Adds one tick given as integers in the bar's price scale and the instrument's size scale. Aggregators built
    /// with the scaled path override this; the default converts back to decimals.
    /// </summary>
    private protected virtual BarTickOutcome AddScaled(long price, long size, long ts)
    {
        var p = ScaledDecimal.ToDecimal(price, _barPriceScale);
        var s = ScaledDecimal.ToDecimal(size, _sizeScale);
        return Add(p, s, NotionalOf(p, s), ts);
    }

    private protected abstract void Load(BarAggregatorSnapshot snapshot);

    private protected void BeginScaled(ref BarAccumulator acc, long start, long price, long size, long ts) =>
        acc.BeginScaled(start, price, size, ts, _barPriceScale, _sizeScale, _multiplier);

    private protected void BeginExact(ref BarAccumulator acc, long start, decimal price, decimal size, decimal notional, long ts) =>
        acc.BeginExact(start, price, size, notional, ts, _barPriceScale, _sizeScale, _multiplier);

    private protected BarAccumulator FromSnapshot(PartialBar partial) => partial.ToAccumulator(BarType.ToString(), _barPriceScale, _sizeScale, _multiplier);

    /// <summary>price × size × multiplier, skipping the multiplier when it is 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected decimal NotionalOf(decimal price, decimal size)
    {
        var notional = price * size;
        return _unitMultiplier ? notional : notional * _multiplier;
    }

    private protected void Emit(in BarAccumulator acc, long openTime, long closeTime)
    {
        var bar = new Bar(
            BarType,
            new Price(acc.Open),
            new Price(acc.High),
            new Price(acc.Low),
            new Price(acc.Close),
            new Quantity(acc.Volume),
            new Money(acc.Notional, _currency),
            acc.TickCount,
            new UnixNanos(openTime),
            new UnixNanos(closeTime));
        _sink.OnBar(in bar);
    }

    private protected void EmitFlat(decimal price, long openTime, long closeTime)
    {
        var p = new Price(price);
        var bar = new Bar(BarType, p, p, p, p, Quantity.Zero, Money.Zero(_currency), 0, new UnixNanos(openTime), new UnixNanos(closeTime));
        _sink.OnBar(in bar);
    }

    private protected BarAggregatorSnapshot MakeSnapshot(
        ImmutableArray<PartialBar> openBars,
        UnixNanos? closedThrough,
        Price? lastClose,
        UnixNanos? lastEmittedEnd,
        decimal progress) =>
        new(BarType, Options, openBars, closedThrough, lastClose, lastEmittedEnd, progress, DroppedLateTicks);

    private protected void ThrowBadSnapshot(string problem) =>
        throw new ArgumentException($"Snapshot of {BarType} is inconsistent: {problem}. Restore only snapshots written by BarAggregator.Snapshot.", "snapshot");

    private void ThrowWrongInstrument(InstrumentId other) =>
        throw new ArgumentException($"A tick for {other} was sent to the bar aggregator of {BarType}; route ticks by instrument.", nameof(other));
}
