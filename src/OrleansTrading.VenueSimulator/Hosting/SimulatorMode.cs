namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>What the simulator runs.</summary>
public enum SimulatorMode
{
    /// <summary>A venue: orders matched against a book per instrument, with configurable behaviours.</summary>
    Trading,
    /// <summary>The conformance reflector the FIX acceptance scripts expect.</summary>
    Reflector,
}
