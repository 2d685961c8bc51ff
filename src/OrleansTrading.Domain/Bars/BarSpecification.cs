using System.Globalization;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Domain.Bars;

/// <summary>
/// How bars are cut: the aggregation, its step and the price source. The step means nanoseconds for time bars,
/// a tick count for tick bars, a quantity for volume bars and a quote-currency amount for notional bars.
/// Text form (used as a key in streams and storage): <c>{step}-{UNIT}-{SOURCE}</c>, e.g. <c>5-MINUTE-TRADE</c>,
/// <c>100-TICK-MID</c>, <c>2500-VOLUME-TRADE</c>, <c>1000000-NOTIONAL-TRADE</c>.
/// </summary>
public readonly record struct BarSpecification
{
    private static readonly (string Unit, long Nanos)[] _timeUnits =
    [
        ("DAY", UnixNanos.NanosPerDay),
        ("HOUR", UnixNanos.NanosPerHour),
        ("MINUTE", UnixNanos.NanosPerMinute),
        ("SECOND", UnixNanos.NanosPerSecond),
        ("MILLISECOND", UnixNanos.NanosPerMillisecond),
        ("MICROSECOND", UnixNanos.NanosPerMicrosecond),
        ("NANOSECOND", 1),
    ];

    private BarSpecification(BarAggregation aggregation, decimal step, BarPriceSource priceSource)
    {
        Aggregation = aggregation;
        Step = step;
        PriceSource = priceSource;
    }

    public BarAggregation Aggregation { get; }

    /// <summary>Nanoseconds (time), ticks (tick), quantity (volume) or quote-currency amount (notional).</summary>
    public decimal Step { get; }

    public BarPriceSource PriceSource { get; }

    /// <summary>The interval length of a time bar in nanoseconds.</summary>
    public long IntervalNanos => Aggregation == BarAggregation.Time
        ? (long)Step
        : throw new InvalidOperationException($"{this} is not a time bar and has no interval.");

    /// <summary>
    /// Time bars of <paramref name="interval"/>, aligned to UTC: the interval must divide a day exactly
    /// (1s, 1m, 5m, 15m, 1h, 4h, 1d…), so every bar boundary falls on the same instants every day.
    /// </summary>
    public static BarSpecification Time(TimeSpan interval, BarPriceSource source = BarPriceSource.Trade) =>
        TimeNanos(interval.Ticks * 100, source);

    /// <summary>Time bars of <paramref name="intervalNanos"/> nanoseconds; see <see cref="Time"/>.</summary>
    public static BarSpecification TimeNanos(long intervalNanos, BarPriceSource source = BarPriceSource.Trade)
    {
        if (intervalNanos <= 0 || intervalNanos > UnixNanos.NanosPerDay || UnixNanos.NanosPerDay % intervalNanos != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(intervalNanos),
                intervalNanos,
                $"A time-bar interval must be positive, at most one day, and divide a day exactly so bars align to UTC midnight (e.g. 1s, 1m, 5m, 1h, 1d); {intervalNanos} ns does not.");
        }

        return new BarSpecification(BarAggregation.Time, intervalNanos, CheckSource(source, BarAggregation.Time));
    }

    /// <summary>A bar every <paramref name="count"/> ticks.</summary>
    public static BarSpecification Ticks(long count, BarPriceSource source = BarPriceSource.Trade)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A tick bar needs a positive tick count.");
        }

        return new BarSpecification(BarAggregation.Tick, count, CheckSource(source, BarAggregation.Tick));
    }

    /// <summary>A bar every <paramref name="quantity"/> traded units, built from trades.</summary>
    public static BarSpecification Volume(decimal quantity)
    {
        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A volume bar needs a positive quantity threshold.");
        }

        return new BarSpecification(BarAggregation.Volume, quantity, BarPriceSource.Trade);
    }

    /// <summary>A bar every <paramref name="amount"/> of traded cash in the quote currency, built from trades.</summary>
    public static BarSpecification Notional(decimal amount)
    {
        if (amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A notional bar needs a positive cash threshold.");
        }

        return new BarSpecification(BarAggregation.Notional, amount, BarPriceSource.Trade);
    }

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException">The text is malformed or describes an impossible specification.</exception>
    public static BarSpecification Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ParseUnchecked(text);
        }
        catch (ArgumentException error)
        {
            throw new FormatException($"Bar specification '{text}' is not valid: {error.Message}", error);
        }
    }

    private static BarSpecification ParseUnchecked(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 3
            || !decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var step)
            || !Enum.TryParse<BarPriceSource>(parts[2], ignoreCase: true, out var source)
            || !Enum.IsDefined(source))
        {
            throw new FormatException($"Bar specification '{text}' is not of the form STEP-UNIT-SOURCE, e.g. 5-MINUTE-TRADE, 100-TICK-MID, 2500-VOLUME-TRADE.");
        }

        var unit = parts[1].ToUpperInvariant();
        foreach (var (name, nanos) in _timeUnits)
        {
            if (unit == name)
            {
                return step == decimal.Truncate(step) && step <= long.MaxValue / nanos
                    ? TimeNanos((long)step * nanos, source)
                    : throw new FormatException($"Bar specification '{text}': a time step must be a whole number.");
            }
        }

        return unit switch
        {
            "TICK" when step == decimal.Truncate(step) => Ticks((long)step, source),
            "VOLUME" when source == BarPriceSource.Trade => Volume(step),
            "NOTIONAL" when source == BarPriceSource.Trade => Notional(step),
            _ => throw new FormatException($"Bar specification '{text}': unit '{parts[1]}' is unknown or does not fit the step or source (units: DAY, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, NANOSECOND, TICK, VOLUME, NOTIONAL; volume and notional bars are built from TRADE)."),
        };
    }

    public override string ToString()
    {
        var source = PriceSource.ToString().ToUpperInvariant();
        switch (Aggregation)
        {
            case BarAggregation.Time:
                var nanos = (long)Step;
                foreach (var (name, size) in _timeUnits)
                {
                    if (nanos % size == 0)
                    {
                        return $"{(nanos / size).ToString(CultureInfo.InvariantCulture)}-{name}-{source}";
                    }
                }

                return $"{nanos.ToString(CultureInfo.InvariantCulture)}-NANOSECOND-{source}";
            case BarAggregation.Tick:
                return $"{Step.ToString(CultureInfo.InvariantCulture)}-TICK-{source}";
            case BarAggregation.Volume:
                return $"{Step.ToString(CultureInfo.InvariantCulture)}-VOLUME-{source}";
            case BarAggregation.Notional:
                return $"{Step.ToString(CultureInfo.InvariantCulture)}-NOTIONAL-{source}";
            default:
                return "UNSPECIFIED";
        }
    }

    private static BarPriceSource CheckSource(BarPriceSource source, BarAggregation aggregation) =>
        Enum.IsDefined(source)
            ? source
            : throw new ArgumentOutOfRangeException(nameof(source), source, $"Unknown price source for {aggregation} bars; use Trade, Mid, Bid or Ask.");
}
