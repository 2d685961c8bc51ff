using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Accounts;

/// <summary>
/// An order grain asks its account to admit a new order (pre-trade risk). <see cref="Order"/> is the order as it
/// will be once admitted (version 1, submitted): what the account journals, and all an order grain needs to continue
/// an order at its admission.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.OrderAdmission")]
public sealed record OrderAdmission(
    [property: Id(0)] SubmitOrderRequest Request,
    [property: Id(1)] Price? ReferencePrice,
    [property: Id(2)] UnixNanos At,
    [property: Id(3)] OrderView Order);
