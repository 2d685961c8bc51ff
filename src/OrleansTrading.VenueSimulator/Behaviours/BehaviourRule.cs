namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>Apply <see cref="Then"/> to the orders <see cref="When"/> selects.</summary>
public sealed record BehaviourRule(BehaviourSelector When, VenueBehaviour Then);
