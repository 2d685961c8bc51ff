using System.Diagnostics.CodeAnalysis;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// Maps each source's symbol to the canonical <see cref="InstrumentId"/> (inbound: market data, execution reports)
/// and back (outbound: the symbol to put on an order for a venue). Within one source a symbol names one instrument
/// and an instrument has one symbol, so both directions are unambiguous; a mapping that breaks that, or repeats an
/// existing one, is refused with <see cref="SymbologyConflictException"/>. Immutable: <see cref="Add"/> returns a new map.
/// Lookups do not allocate (they run on the market-data path).
/// </summary>
public sealed class SymbologyMap
{
    private readonly Dictionary<(string Source, string Symbol), InstrumentId> _toInstrument;
    private readonly Dictionary<(string Source, InstrumentId Instrument), string> _toSymbol;

    public SymbologyMap(IEnumerable<KeyValuePair<ExternalSymbol, InstrumentId>> mappings)
        : this(new Dictionary<(string, string), InstrumentId>(), new Dictionary<(string, InstrumentId), string>())
    {
        ArgumentNullException.ThrowIfNull(mappings);
        foreach (var (symbol, instrument) in mappings)
        {
            AddInPlace(symbol, instrument);
        }
    }

    private SymbologyMap(
        Dictionary<(string, string), InstrumentId> toInstrument,
        Dictionary<(string, InstrumentId), string> toSymbol)
    {
        _toInstrument = toInstrument;
        _toSymbol = toSymbol;
    }

    public static SymbologyMap Empty { get; } = new([]);

    public int Count => _toInstrument.Count;

    /// <summary>Every mapping, in no particular order.</summary>
    public IEnumerable<KeyValuePair<ExternalSymbol, InstrumentId>> Mappings =>
        _toInstrument.Select(m => new KeyValuePair<ExternalSymbol, InstrumentId>(new ExternalSymbol(m.Key.Source, m.Key.Symbol), m.Value));

    /// <summary>A map that also holds <paramref name="symbol"/> → <paramref name="instrument"/>.</summary>
    /// <exception cref="SymbologyConflictException">The mapping is already present, the symbol already names another instrument for that source, or the instrument already has another symbol there.</exception>
    public SymbologyMap Add(ExternalSymbol symbol, InstrumentId instrument)
    {
        var copy = new SymbologyMap(new(_toInstrument), new(_toSymbol));
        copy.AddInPlace(symbol, instrument);
        return copy;
    }

    /// <inheritdoc cref="Add(ExternalSymbol, InstrumentId)"/>
    public SymbologyMap Add(string source, string symbol, InstrumentId instrument) => Add(new ExternalSymbol(source, symbol), instrument);

    /// <summary>The canonical instrument <paramref name="source"/> calls <paramref name="symbol"/>.</summary>
    /// <exception cref="UnknownSymbolException">The source's symbol is not mapped.</exception>
    public InstrumentId ToInstrument(string source, string symbol) =>
        TryToInstrument(source, symbol, out var instrument)
            ? instrument
            : throw new UnknownSymbolException($"Symbol '{symbol}' of source '{source}' is not in the symbology map; add a mapping for it (source + symbol → instrument id).");

    /// <inheritdoc cref="ToInstrument(string, string)"/>
    public InstrumentId ToInstrument(ExternalSymbol symbol) => ToInstrument(symbol.Source, symbol.Symbol);

    public bool TryToInstrument(string source, string symbol, out InstrumentId instrument) =>
        _toInstrument.TryGetValue((source, symbol), out instrument);

    /// <summary>The symbol <paramref name="source"/> uses for <paramref name="instrument"/>, e.g. the symbol to send on an order to that venue.</summary>
    /// <exception cref="UnknownSymbolException">The instrument has no symbol for that source.</exception>
    public string ToSymbol(InstrumentId instrument, string source) =>
        TryToSymbol(instrument, source, out var symbol)
            ? symbol
            : throw new UnknownSymbolException($"Instrument '{instrument}' has no symbol for source '{source}'; add a mapping before routing it there.");

    /// <summary>The symbol to put on an outgoing order for <paramref name="instrument"/> at <paramref name="venue"/> (the venue id is the source).</summary>
    public string ToVenueSymbol(InstrumentId instrument, VenueId venue) => ToSymbol(instrument, venue.Value);

    public bool TryToSymbol(InstrumentId instrument, string source, [NotNullWhen(true)] out string? symbol) =>
        _toSymbol.TryGetValue((source, instrument), out symbol);

    private void AddInPlace(ExternalSymbol symbol, InstrumentId instrument)
    {
        if (symbol == default || instrument == default)
        {
            throw new ArgumentException("A symbology mapping needs a source, a symbol and an instrument id.");
        }

        if (_toInstrument.TryGetValue((symbol.Source, symbol.Symbol), out var existing))
        {
            throw new SymbologyConflictException(existing == instrument
                ? $"Mapping {symbol} → {instrument} is already present; each mapping may be given once."
                : $"Symbol {symbol} already maps to '{existing}'; it cannot also map to '{instrument}'. Remove one of the two mappings.");
        }

        if (_toSymbol.TryGetValue((symbol.Source, instrument), out var otherSymbol))
        {
            throw new SymbologyConflictException(
                $"Instrument '{instrument}' already has symbol '{otherSymbol}' for source '{symbol.Source}'; it cannot also be '{symbol.Symbol}' there, since outgoing orders need one symbol per source.");
        }

        _toInstrument.Add((symbol.Source, symbol.Symbol), instrument);
        _toSymbol.Add((symbol.Source, instrument), symbol.Symbol);
    }
}
