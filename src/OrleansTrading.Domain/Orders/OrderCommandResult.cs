using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders.Events;

namespace OrleansTrading.Domain.Orders;

/// <summary>The result of one of our own commands on an order (submit, cancel, replace, expire, reject).</summary>
public sealed record OrderCommandResult
{
    private OrderCommandResult(IReadOnlyList<OrderEvent> events, IReadOnlyList<ValidationError> errors)
    {
        Events = events;
        Errors = errors;
    }

    /// <summary>True when the command took effect; then <see cref="Events"/> says how, and the order must be persisted.</summary>
    public bool Succeeded => Errors.Count == 0;

    public IReadOnlyList<OrderEvent> Events { get; }

    /// <summary>Why the command was refused (the order is unchanged); codes from <see cref="OrderValidationCodes"/> and <see cref="InstrumentValidationCodes"/>.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    public static OrderCommandResult Success(params OrderEvent[] events) => new(events, []);

    public static OrderCommandResult Refused(IReadOnlyList<ValidationError> errors) =>
        errors.Count > 0 ? new([], errors) : throw new ArgumentException("A refusal needs at least one reason.", nameof(errors));

    public static OrderCommandResult Refused(string field, string code, string message) => new([], [new ValidationError(field, code, message)]);
}
