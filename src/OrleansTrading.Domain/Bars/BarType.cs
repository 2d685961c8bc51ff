using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Bars;

/// <summary>One bar series: an instrument and how its bars are cut, e.g. <c>AAPL.XNAS-1-MINUTE-TRADE</c>.</summary>
public readonly record struct BarType(InstrumentId Instrument, BarSpecification Specification)
{
    public override string ToString() => $"{Instrument}-{Specification}";
}
