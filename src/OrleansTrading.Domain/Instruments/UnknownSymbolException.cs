namespace OrleansTrading.Domain.Instruments;

/// <summary>Thrown when a symbol (or an instrument's symbol for a source) is looked up that the symbology map does not hold.</summary>
public sealed class UnknownSymbolException(string message) : KeyNotFoundException(message);
