using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Execution.Reconciliation;

/// <summary>The venue's answer to a status request about one order, as reconciliation reads it.</summary>
/// <param name="Unknown">The venue has no such order (ExecType I, OrdStatus Rejected, OrdRejReason 5).</param>
/// <param name="Status">The order's status at the venue (FIX OrdStatus, mapped to the kernel's statuses).</param>
/// <param name="CumQty">What the venue has executed of the order.</param>
/// <param name="ClientOrderId">The ClOrdID the venue reports the order under (its current one).</param>
public sealed record VenueOrderStatus(bool Unknown, OrderStatus Status, Quantity CumQty, ClientOrderId ClientOrderId);
