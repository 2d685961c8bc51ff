namespace OrleansTrading.Abstractions;

/// <summary>
/// Why a command was not carried out: a stable machine-readable <see cref="Code"/> (e.g. <c>RISK_MAX_ORDER_QUANTITY</c>,
/// <c>ORDER_NOT_CANCELABLE</c>) and a sentence for people. The API maps it to a gRPC status; nothing was changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("ot.Refusal")]
public sealed record Refusal(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] RefusalKind Kind = RefusalKind.FailedPrecondition);
