namespace OrleansTrading.Domain.Instruments;

/// <summary>Thrown when a symbology mapping is added that is already present or that contradicts an existing one.</summary>
public sealed class SymbologyConflictException(string message) : ArgumentException(message);
