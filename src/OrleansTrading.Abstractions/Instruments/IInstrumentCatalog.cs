using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;

namespace OrleansTrading.Abstractions.Instruments;

/// <summary>
/// The instruments this deployment trades, available in every silo and API process (loaded from configuration
/// at start-up). The seam the market-data and reference-data work will feed later.
/// </summary>
public interface IInstrumentCatalog
{
    Instrument? Find(InstrumentId id);

    IReadOnlyCollection<Instrument> All { get; }
}
