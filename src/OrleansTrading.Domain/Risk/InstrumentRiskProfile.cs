using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;

namespace OrleansTrading.Domain.Risk;

/// <summary>
/// What a risk book needs to know about an instrument: multiplier and tick size (from reference data), its initial
/// margin, and the rate converting its quote currency into the book's currency (1 when they are the same).
/// </summary>
public sealed record InstrumentRiskProfile
{
    public InstrumentRiskProfile(InstrumentId instrument, decimal multiplier, decimal tickSize, MarginRequirement margin, decimal fxRateToBook = 1m)
    {
        if (multiplier <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"Risk profile {instrument}: multiplier must be positive.");
        }

        if (tickSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tickSize), tickSize, $"Risk profile {instrument}: tick size must be positive.");
        }

        if (margin.Amount < 0m || !Enum.IsDefined(margin.Basis))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, $"Risk profile {instrument}: margin must be a known basis with a non-negative amount.");
        }

        if (fxRateToBook <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(fxRateToBook), fxRateToBook, $"Risk profile {instrument}: FX rate to the book currency must be positive.");
        }

        Instrument = instrument;
        Multiplier = multiplier;
        TickSize = tickSize;
        Margin = margin;
        FxRateToBook = fxRateToBook;
    }

    public static InstrumentRiskProfile For(Instrument instrument, MarginRequirement margin, decimal fxRateToBook = 1m)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new InstrumentRiskProfile(instrument.Id, instrument.Multiplier, instrument.TickSize, margin, fxRateToBook);
    }

    public InstrumentId Instrument { get; }

    public decimal Multiplier { get; }

    public decimal TickSize { get; }

    public MarginRequirement Margin { get; }

    public decimal FxRateToBook { get; }
}
