using System.Diagnostics.CodeAnalysis;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders.Events;

namespace OrleansTrading.Domain.Orders;

/// <summary>The result of <see cref="Order.Create"/>: the new order and its first event, or every reason the request is invalid.</summary>
public sealed record OrderCreationResult
{
    private OrderCreationResult(Order? order, OrderInitialized? initialized, IReadOnlyList<ValidationError> errors)
    {
        Order = order;
        Initialized = initialized;
        Errors = errors;
    }

    [MemberNotNullWhen(true, nameof(Order), nameof(Initialized))]
    public bool Succeeded => Order is not null;

    public Order? Order { get; }

    public OrderInitialized? Initialized { get; }

    public IReadOnlyList<ValidationError> Errors { get; }

    internal static OrderCreationResult Created(Order order, OrderInitialized initialized) => new(order, initialized, []);

    internal static OrderCreationResult Invalid(IReadOnlyList<ValidationError> errors) => new(null, null, errors);
}
