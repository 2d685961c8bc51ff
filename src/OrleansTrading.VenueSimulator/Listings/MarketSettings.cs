using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Gateway;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Listings;

/// <summary>
/// What the simulated venue trades and when its day ends: the instruments with their ladders, the market maker that
/// owns the ladders, the UTC time of day at which Day orders expire (<see cref="EndOfDayUtc"/>, none when null) and how
/// often GTD expiry is checked. Read from JSON by <see cref="MarketSettingsFile"/>; <see cref="Default"/> otherwise.
/// </summary>
public sealed record MarketSettings
{
    public const string DefaultMarketMaker = "SIM-MM";

    /// <summary>Longest instrument id: with a run id of up to 8 characters it keeps OrderIDs and ExecIDs within 64 characters.</summary>
    public const int MaxInstrumentIdLength = 30;

    public required IReadOnlyList<ListedInstrument> Instruments { get; init; }

    /// <summary>Owner of the ladder orders; must differ from every session's TargetCompID (the clients).</summary>
    public ParticipantId MarketMaker { get; init; } = new(DefaultMarketMaker);

    /// <summary>UTC time of day of the end of the trading day (Day orders expire, done orders are forgotten); null: never.</summary>
    public TimeOnly? EndOfDayUtc { get; init; } = TimeOnly.MinValue;

    /// <summary>How often GTD orders are checked for expiry (and the end of day for being due).</summary>
    public TimeSpan ExpiryCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>AAPL around 190.00 and MSFT around 420.00: tick 0.01, lot 1, five levels a side 0.01 apart, 1,000 each, replenished.</summary>
    public static MarketSettings Default { get; } = new()
    {
        Instruments = [DefaultInstrument("AAPL", 190.00m), DefaultInstrument("MSFT", 420.00m)],
    };

    /// <summary>Null when the settings are usable; otherwise what is wrong and how to fix it.</summary>
    public string? Check()
    {
        if (Instruments.Count == 0)
        {
            return "List at least one instrument.";
        }

        if (ExpiryCheckInterval <= TimeSpan.Zero)
        {
            return $"The expiry check interval must be positive, not {ExpiryCheckInterval.TotalMilliseconds} ms.";
        }

        var symbols = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<InstrumentId>();
        foreach (var listed in Instruments)
        {
            if (!symbols.Add(listed.Symbol))
            {
                return $"Symbol '{listed.Symbol}' is listed twice; list each instrument once.";
            }

            if (!ids.Add(listed.Instrument.Id))
            {
                return $"Instrument id '{listed.Instrument.Id}' is used by two instruments; give each its own.";
            }

            if (listed.Instrument.Id.Value.Contains(':', StringComparison.Ordinal) || listed.Instrument.Id.Value == ReplyIds.Scope)
            {
                return $"Instrument id '{listed.Instrument.Id}' cannot contain ':' or be '{ReplyIds.Scope}' (both are used in the venue's ExecIDs and OrderIDs).";
            }

            if (listed.Instrument.Id.Value.Length > MaxInstrumentIdLength)
            {
                return $"Instrument id '{listed.Instrument.Id}' is {listed.Instrument.Id.Value.Length} characters long; at most {MaxInstrumentIdLength} are allowed (it is part of every OrderID and ExecID): give a shorter instrumentId.";
            }

            if (listed.Ladder is { } ladder)
            {
                if (ladder.Check(listed.Instrument) is { } problem)
                {
                    return problem;
                }

                if (ladder.MarketMaker != MarketMaker)
                {
                    return $"The ladder of {listed.Symbol} belongs to {ladder.MarketMaker}, not the market maker {MarketMaker}.";
                }
            }
        }

        return null;
    }

    private static ListedInstrument DefaultInstrument(string symbol, decimal referencePrice) => new(
        symbol,
        new Instrument(new InstrumentId(symbol), AssetClass.Equity, Currency.Usd, 0.01m, new Quantity(1m)),
        new LiquidityLadder(new ParticipantId(DefaultMarketMaker), new Price(referencePrice), 0.01m, 5, new Quantity(1_000m)));
}
