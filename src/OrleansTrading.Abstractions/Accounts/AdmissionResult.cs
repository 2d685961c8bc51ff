using OrleansTrading.Abstractions.Orders;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// The account's decision on a new order. When admitted, the account has durably journaled the order as
/// submitted (event <see cref="Sequence"/>), so recovery after a crash will find it: that journal entry is the order's
/// only durable record until the order grain stores its own state after the venue's answer. <see cref="Existing"/> is
/// set when the order had been admitted before (by an activation of the order grain that ended before storing it):
/// the order as journaled, which the grain continues from instead of starting again.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.AdmissionResult")]
public sealed record AdmissionResult(
    [property: Id(0)] Refusal? Refusal,
    [property: Id(1)] long Sequence,
    [property: Id(2)] OrderView? Existing = null)
{
    public bool Admitted => Refusal is null;
}
