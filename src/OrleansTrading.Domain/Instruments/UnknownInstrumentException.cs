using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Instruments;

/// <summary>Thrown when an instrument id is looked up that the registry does not hold.</summary>
public sealed class UnknownInstrumentException(InstrumentId instrumentId, int knownCount)
    : KeyNotFoundException($"Instrument '{instrumentId}' is not in the instrument registry ({knownCount} instruments known). Check the id (canonical form, e.g. AAPL.XNAS) or add the instrument's reference data first.")
{
    public InstrumentId InstrumentId { get; } = instrumentId;
}
