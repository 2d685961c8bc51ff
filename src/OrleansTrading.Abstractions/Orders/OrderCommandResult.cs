namespace OrleansTrading.Abstractions.Orders;

/// <summary>The outcome of a cancel or replace: the order after the request was sent, or why it was not.</summary>
[GenerateSerializer, Immutable, Alias("ot.OrderCommandResult")]
public sealed record OrderCommandResult(
    [property: Id(0)] OrderView? Order,
    [property: Id(1)] Refusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static OrderCommandResult Done(OrderView order) => new(order, null);

    public static OrderCommandResult Refused(Refusal refusal, OrderView? order = null) => new(order, refusal);
}
