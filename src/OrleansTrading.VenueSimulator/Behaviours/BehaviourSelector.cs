using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Behaviours;

/// <summary>
/// Which orders a behaviour rule applies to: those of <see cref="Instrument"/> (any when null) whose ClOrdID starts
/// with <see cref="ClientOrderIdPrefix"/> (ordinal, case-sensitive; any when null). Both null selects every order.
/// </summary>
public sealed record BehaviourSelector(InstrumentId? Instrument = null, string? ClientOrderIdPrefix = null)
{
    public static BehaviourSelector Any { get; } = new();

    public bool Matches(InstrumentId instrument, ClientOrderId clientOrderId) =>
        (Instrument is null || Instrument.Value == instrument)
        && (ClientOrderIdPrefix is null || clientOrderId.Value.StartsWith(ClientOrderIdPrefix, StringComparison.Ordinal));
}
