using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Listings;

/// <summary>
/// Translates between the FIX Symbol (55) on the wire and the instrument ids the books use. A symbol the venue does
/// not list resolves to an instrument id of the same text, which the matching engine refuses as unknown; a symbol that
/// cannot be an id (spaces, control characters, over 64 characters) or that is another instrument's id does not
/// resolve at all (<see cref="Resolve"/> says why).
/// </summary>
public sealed class SymbolMap
{
    private readonly Dictionary<string, InstrumentId> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<InstrumentId, string> _byInstrument = [];

    public SymbolMap(IEnumerable<ListedInstrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        foreach (var listed in instruments)
        {
            if (!_bySymbol.TryAdd(listed.Symbol, listed.Instrument.Id) || !_byInstrument.TryAdd(listed.Instrument.Id, listed.Symbol))
            {
                throw new ArgumentException($"Symbol '{listed.Symbol}' or instrument id '{listed.Instrument.Id}' is listed twice.", nameof(instruments));
            }
        }

        Listed = string.Join(", ", _bySymbol.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The listed symbols, comma-separated, for messages that say what the venue trades.</summary>
    public string Listed { get; }

    /// <summary>
    /// The instrument a FIX Symbol names: a listed one, or an unlisted id of the same text (the engine rejects it as
    /// an unknown symbol). Null, with <paramref name="problem"/> set, when the symbol cannot be used at all.
    /// </summary>
    public InstrumentId? Resolve(string symbol, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        problem = null;
        if (_bySymbol.TryGetValue(symbol, out var listed))
        {
            return listed;
        }

        if (Identifier.Check(symbol, "Symbol") is { } invalid)
        {
            problem = $"Unknown Symbol: {invalid} This venue trades {Listed}.";
            return null;
        }

        var unlisted = new InstrumentId(symbol);
        if (_byInstrument.TryGetValue(unlisted, out var symbolOfId))
        {
            problem = $"'{symbol}' is the venue's instrument id of {symbolOfId}; send Symbol (55) {symbolOfId}.";
            return null;
        }

        return unlisted;
    }

    /// <summary>The FIX Symbol for an instrument id: its listed symbol, or the id's own text for an unlisted one.</summary>
    public string SymbolOf(InstrumentId instrument) => _byInstrument.TryGetValue(instrument, out var symbol) ? symbol : instrument.Value;
}
