using OrleansTrading.Abstractions.Orders;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// The account's decision on a new order. When admitted, the account has durably journaled the order as
/// submitted (event <see cref="Sequence"/>), so recovery after a crash will find it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.AdmissionResult")]
public sealed record AdmissionResult(
    [property: Id(0)] Refusal? Refusal,
    [property: Id(1)] long Sequence)
{
    public bool Admitted => Refusal is null;
}
