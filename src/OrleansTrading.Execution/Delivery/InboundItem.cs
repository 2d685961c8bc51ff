using OrleansTrading.Domain.Orders;
using OrleansTrading.Execution.Routing;

namespace OrleansTrading.Execution.Delivery;

/// <summary>One venue message on its way to an order grain, already decoded and routed.</summary>
internal sealed class InboundItem
{
    /// <summary>The message's sequence in the inbound journal; 0 when it could not be journaled.</summary>
    public required long JournalSequence { get; set; }

    public required OrderRoute Route { get; init; }

    public ExecutionReport? Report { get; init; }

    public CancelReject? CancelReject { get; init; }

    /// <summary>A status reply saying the venue has no such order (ExecType I, OrdStatus Rejected, OrdRejReason 5).</summary>
    public bool IsUnknownOrder { get; init; }

    /// <summary>The venue's Text (58), if any.</summary>
    public string? Text { get; init; }

    /// <summary>The ClOrdID (11) the venue named.</summary>
    public required string ClientOrderId { get; init; }

    public string OrderKey => Route.OrderKey;

    /// <summary>An answer to a status request (ours or the venue's own): reconciliation compares it with the order.</summary>
    public bool IsStatusReply => IsUnknownOrder || Report?.ExecType == ExecType.OrderStatus;

    /// <summary>Set once the grain has applied the message, so a retry resumes with what follows delivery.</summary>
    public bool Delivered { get; set; }
}
