using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// What a risk book needs to know about an instrument: its reference data (multiplier, tick size), its initial margin,
/// and the rate converting its quote currency into the book's currency (1 when they are the same).
/// </summary>
public sealed record InstrumentRiskProfile
{
    public InstrumentRiskProfile(Instrument instrument, MarginRequirement margin, decimal fxRateToBook = 1m)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (margin.Amount < 0m || !Enum.IsDefined(margin.Basis))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, $"Risk profile {instrument.Id}: margin must be a known basis with a non-negative amount.");
        }

        if (fxRateToBook <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(fxRateToBook), fxRateToBook, $"Risk profile {instrument.Id}: FX rate to the book currency must be positive.");
        }

        Instrument = instrument;
        Margin = margin;
        FxRateToBook = fxRateToBook;
    }

    public Instrument Instrument { get; }

    public InstrumentId InstrumentId => Instrument.Id;

    public decimal Multiplier => Instrument.Multiplier;

    public decimal TickSize => Instrument.TickSize;

    public MarginRequirement Margin { get; }

    public decimal FxRateToBook { get; }
}
