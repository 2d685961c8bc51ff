using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Values;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Listings;

/// <summary>
/// Reads <see cref="MarketSettings"/> from JSON (keys case-insensitive, comments and trailing commas allowed, numbers
/// as JSON numbers or strings, read exactly as decimals):
/// <code>
/// {
///   "marketMaker": "SIM-MM",            // optional, default SIM-MM
///   "endOfDayUtc": "21:00:00",          // optional, default "00:00:00"; "none" never ends the day
///   "expiryCheckMs": 1000,              // optional, default 1000
///   "instruments": [
///     { "symbol": "AAPL", "instrumentId": "AAPL", "tickSize": 0.01, "lotSize": 1, "currency": "USD", "assetClass": "equity",
///       "ladder": { "referencePrice": 190.00, "levelSpacing": 0.01, "levels": 5, "quantityPerLevel": 1000, "replenish": true } }
///   ]
/// }
/// </code>
/// Required: <c>instruments</c>, and per instrument <c>symbol</c> and <c>tickSize</c>; per ladder <c>referencePrice</c> and
/// <c>quantityPerLevel</c>. Defaults: instrumentId = symbol, lotSize 1, currency USD, assetClass equity, no ladder;
/// ladder levelSpacing = tickSize, levels 5, replenish true. Unknown keys are errors.
/// </summary>
public static class MarketSettingsFile
{
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads and checks a file; throws <see cref="FormatException"/> naming the file and what is wrong.</summary>
    public static MarketSettings Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FormatException($"Instruments file '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static MarketSettings Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        MarketDocument document;
        try
        {
            document = JsonSerializer.Deserialize<MarketDocument>(json, _options)
                ?? throw new FormatException($"Instruments file '{sourceName}' is empty (null); give an object with an \"instruments\" array.");
        }
        catch (JsonException problem)
        {
            throw new FormatException($"Instruments file '{sourceName}': {problem.Message}", problem);
        }

        MarketSettings settings;
        try
        {
            settings = ToSettings(document);
        }
        catch (Exception problem) when (problem is ArgumentException or FormatException or OverflowException)
        {
            throw new FormatException($"Instruments file '{sourceName}': {problem.Message}", problem);
        }

        return settings.Check() is { } invalid ? throw new FormatException($"Instruments file '{sourceName}': {invalid}") : settings;
    }

    private static MarketSettings ToSettings(MarketDocument document)
    {
        var marketMaker = new ParticipantId(document.MarketMaker ?? MarketSettings.DefaultMarketMaker);
        var instruments = new List<ListedInstrument>();
        foreach (var entry in document.Instruments)
        {
            var symbol = entry.Symbol;
            if (string.IsNullOrWhiteSpace(symbol))
            {
                throw new FormatException($"instrument {instruments.Count + 1} has an empty symbol.");
            }

            var instrument = new Instrument(
                new InstrumentId(entry.InstrumentId ?? symbol),
                AssetClassOf(entry.AssetClass, symbol),
                new Currency(entry.Currency ?? Currency.Usd.Code),
                entry.TickSize,
                new Quantity(entry.LotSize ?? 1m));
            LiquidityLadder? ladder = null;
            if (entry.Ladder is { } l)
            {
                ladder = new LiquidityLadder(
                    marketMaker,
                    new Price(l.ReferencePrice),
                    l.LevelSpacing ?? instrument.TickSize,
                    l.Levels ?? 5,
                    new Quantity(l.QuantityPerLevel),
                    l.Replenish ?? true);
            }

            instruments.Add(new ListedInstrument(symbol, instrument, ladder));
        }

        return new MarketSettings
        {
            Instruments = instruments,
            MarketMaker = marketMaker,
            EndOfDayUtc = EndOfDay(document.EndOfDayUtc),
            ExpiryCheckInterval = TimeSpan.FromMilliseconds(document.ExpiryCheckMs ?? 1000),
        };
    }

    private static TimeOnly? EndOfDay(string? text)
    {
        if (text is null)
        {
            return TimeOnly.MinValue;
        }

        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"endOfDayUtc '{text}' is not a time of day; use HH:mm:ss in UTC (e.g. 21:00:00) or \"none\".");
    }

    private static AssetClass AssetClassOf(string? text, string symbol) =>
        text is null ? AssetClass.Equity
        : Enum.TryParse<AssetClass>(text, ignoreCase: true, out var assetClass) && Enum.IsDefined(assetClass) && !char.IsDigit(text[0]) ? assetClass
        : throw new FormatException($"assetClass '{text}' of {symbol} is unknown; use one of {string.Join(", ", Enum.GetNames<AssetClass>()).ToLowerInvariant()}.");

    private sealed record MarketDocument
    {
        public string? MarketMaker { get; init; }

        public string? EndOfDayUtc { get; init; }

        public int? ExpiryCheckMs { get; init; }

        public required List<InstrumentDocument> Instruments { get; init; }
    }

    private sealed record InstrumentDocument
    {
        public required string Symbol { get; init; }

        public string? InstrumentId { get; init; }

        public required decimal TickSize { get; init; }

        public decimal? LotSize { get; init; }

        public string? Currency { get; init; }

        public string? AssetClass { get; init; }

        public LadderDocument? Ladder { get; init; }
    }

    private sealed record LadderDocument
    {
        public required decimal ReferencePrice { get; init; }

        public decimal? LevelSpacing { get; init; }

        public int? Levels { get; init; }

        public required decimal QuantityPerLevel { get; init; }

        public bool? Replenish { get; init; }
    }
}
