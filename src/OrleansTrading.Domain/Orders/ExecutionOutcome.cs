using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Orders.Events;

namespace OrleansTrading.Domain.Orders;

/// <summary>
/// The result of applying an execution report or a cancel reject: never an exception for venue input. The grain
/// persists the order when <see cref="StateChanged"/>, forwards <see cref="Fill"/> to the position, publishes
/// <see cref="Events"/>, and raises an alert for <see cref="ExecutionOutcomeKind.Overfill"/>,
/// <see cref="ExecutionOutcomeKind.CumQtyMismatch"/> and <see cref="ExecutionOutcomeKind.Refused"/> (and for a
/// <see cref="CumQtyMismatchDetected"/> event inside an applied close).
/// </summary>
public sealed record ExecutionOutcome(ExecutionOutcomeKind Kind, IReadOnlyList<OrderEvent> Events)
{
    /// <summary>The fill to apply to the position, when the report was an execution that was applied.</summary>
    public Fill? Fill { get; init; }

    /// <summary>A code from <see cref="ExecutionReasonCodes"/> when the input was not applied as it stands.</summary>
    public string? Code { get; init; }

    /// <summary>What happened, in a sentence, when the input was not applied as it stands.</summary>
    public string? Message { get; init; }

    /// <summary>True when the order's state differs from before (something to persist), e.g. a recorded ExecID.</summary>
    public bool StateChanged { get; init; }
}
