using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>One price level of a book side: total open quantity and how many orders make it up.</summary>
public sealed record BookLevel(Price Price, Quantity Quantity, int OrderCount);
