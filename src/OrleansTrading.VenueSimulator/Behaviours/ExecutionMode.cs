namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>What the venue does with a new order that a behaviour rule selects.</summary>
public enum ExecutionMode
{
    /// <summary>Match it in the instrument's order book (the default).</summary>
    Book,
    /// <summary>Accept it and fill all of it at once, at a given price, in one or more slices, bypassing the book.</summary>
    Fill,
    /// <summary>Reject it with a given text.</summary>
    Reject,
}
