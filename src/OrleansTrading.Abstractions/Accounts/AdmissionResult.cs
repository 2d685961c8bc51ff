using OrleansTrading.Abstractions.Orders;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// The account's decision on a new order. When admitted, the account has durably journaled the order as
/// submitted (event <see cref="Sequence"/>), so recovery after a crash will find it: the journal is the order's
/// record. <see cref="Existing"/> is set when an order had been admitted under the key before (by an earlier
/// activation of the order grain): the order as journaled, which the grain continues from instead of starting again.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.AdmissionResult")]
public sealed record AdmissionResult(
    [property: Id(0)] Refusal? Refusal,
    [property: Id(1)] long Sequence,
    [property: Id(2)] JournaledOrder? Existing = null)
{
    public bool Admitted => Refusal is null;
}
