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

    /// <summary>The reason code of <see cref="OutcomeUnknown"/>.</summary>
    public const string OutcomeUnknownCode = "OUTCOME_UNKNOWN";

    /// <summary>
    /// One order of several whose submission failed without an answer (a journal or call failure, a timeout): it may or
    /// may not have been admitted, so it is refused as unavailable, to be retried under the same client order id.
    /// </summary>
    public static SubmitOrderResult OutcomeUnknown(string clientOrderId, string failure) => Refused(new Refusal(OutcomeUnknownCode,
        $"Order {clientOrderId}: the submission failed ({failure}) and may or may not have admitted it; retry with the same client order id, or read it with GetOrder.",
        RefusalKind.Unavailable));
}
