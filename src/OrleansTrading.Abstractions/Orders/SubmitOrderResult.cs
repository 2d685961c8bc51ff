namespace OrleansTrading.Abstractions.Orders;

[GenerateSerializer, Immutable, Alias("ot.SubmitOrderResult")]
public sealed record SubmitOrderResult(
    [property: Id(0)] SubmitOrderOutcome Outcome,
    [property: Id(1)] OrderView? Order,
    [property: Id(2)] Refusal? Refusal)
{
    public static SubmitOrderResult Accepted(OrderView order) => new(SubmitOrderOutcome.Accepted, order, null);

    public static SubmitOrderResult Duplicate(OrderView order) => new(SubmitOrderOutcome.Duplicate, order, null);

    public static SubmitOrderResult Refused(Refusal refusal) => new(SubmitOrderOutcome.Refused, null, refusal);
}
