using System.Collections.Frozen;
using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;

namespace OrleansTrading.Grains.Instruments;

/// <summary>An immutable, silo-local catalog of instruments; duplicate ids are refused at construction.</summary>
public sealed class InstrumentCatalog : IInstrumentCatalog
{
    private readonly FrozenDictionary<InstrumentId, Instrument> _byId;

    public InstrumentCatalog(IEnumerable<Instrument> instruments)
    {
        var byId = new Dictionary<InstrumentId, Instrument>();
        foreach (var instrument in instruments)
        {
            if (!byId.TryAdd(instrument.Id, instrument))
            {
                throw new ArgumentException($"Instrument {instrument.Id} is defined twice; each instrument id must be unique.", nameof(instruments));
            }
        }

        _byId = byId.ToFrozenDictionary();
    }

    public IReadOnlyCollection<Instrument> All => _byId.Values;

    public Instrument? Find(InstrumentId id) => _byId.GetValueOrDefault(id);
}
