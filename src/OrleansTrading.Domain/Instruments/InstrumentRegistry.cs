using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Instruments;

/// <summary>
/// The reference data of every instrument the platform trades, by canonical <see cref="InstrumentId"/>.
/// Immutable: <see cref="Add"/> and <see cref="AddOrReplace"/> return a new registry, so readers never see a half-built one.
/// </summary>
public sealed class InstrumentRegistry
{
    private readonly Dictionary<InstrumentId, Instrument> _instruments;

    public InstrumentRegistry(IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        _instruments = [];
        foreach (var instrument in instruments)
        {
            ArgumentNullException.ThrowIfNull(instrument, nameof(instruments));
            if (!_instruments.TryAdd(instrument.Id, instrument))
            {
                throw new ArgumentException($"Instrument '{instrument.Id}' is given twice; each instrument id may appear once.", nameof(instruments));
            }
        }
    }

    private InstrumentRegistry(Dictionary<InstrumentId, Instrument> instruments) => _instruments = instruments;

    public static InstrumentRegistry Empty { get; } = new(Enumerable.Empty<Instrument>());

    public int Count => _instruments.Count;

    public IEnumerable<Instrument> Instruments => _instruments.Values;

    public bool Contains(InstrumentId id) => _instruments.ContainsKey(id);

    /// <summary>The instrument with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownInstrumentException">The registry does not hold it.</exception>
    public Instrument Get(InstrumentId id) =>
        _instruments.TryGetValue(id, out var instrument) ? instrument : throw new UnknownInstrumentException(id, _instruments.Count);

    public bool TryGet(InstrumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Instrument? instrument) =>
        _instruments.TryGetValue(id, out instrument);

    /// <summary>A registry that also holds <paramref name="instrument"/>; throws when its id is already registered.</summary>
    public InstrumentRegistry Add(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (_instruments.ContainsKey(instrument.Id))
        {
            throw new ArgumentException($"Instrument '{instrument.Id}' is already registered; use AddOrReplace to update its reference data.", nameof(instrument));
        }

        return AddOrReplace(instrument);
    }

    /// <summary>A registry in which <paramref name="instrument"/> replaces any instrument with the same id.</summary>
    public InstrumentRegistry AddOrReplace(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var copy = new Dictionary<InstrumentId, Instrument>(_instruments) { [instrument.Id] = instrument };
        return new InstrumentRegistry(copy);
    }
}
