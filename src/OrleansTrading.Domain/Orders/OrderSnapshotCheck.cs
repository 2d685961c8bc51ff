namespace OrleansTrading.Domain.Orders;

/// <summary>The consistency rules a persisted <see cref="OrderSnapshot"/> must meet before an order is rebuilt from it.</summary>
internal static class OrderSnapshotCheck
{
    /// <summary>Null when consistent, otherwise the first rule it breaks.</summary>
    public static string? FindProblem(OrderSnapshot s)
    {
        if (!Enum.IsDefined(s.Side) || !Enum.IsDefined(s.Type) || !Enum.IsDefined(s.TimeInForce) || !Enum.IsDefined(s.Status))
        {
            return "side, type, time in force or status is not a defined value.";
        }

        if (s.Status == OrderStatus.Replaced)
        {
            return "status Replaced is never held by an order.";
        }

        if (s.ClientOrderIds is not { Count: > 0 } || s.ClientOrderIds[0] != s.OrderId)
        {
            return "the ClOrdID chain must start with the order id.";
        }

        if (!s.ClientOrderIds.Contains(s.ClientOrderId) || s.ClientOrderIds.Distinct().Count() != s.ClientOrderIds.Count)
        {
            return "the ClOrdID chain must hold the current ClOrdID and no id twice.";
        }

        if (s.ExecIds.Distinct().Count() != s.ExecIds.Count)
        {
            return "an ExecID is recorded twice.";
        }

        var cumQty = 0m;
        foreach (var fill in s.Fills)
        {
            if (!fill.Quantity.IsPositive || fill.ClientOrderId != s.OrderId || fill.Instrument != s.Instrument || fill.Side != s.Side)
            {
                return $"fill {fill.FillId} does not belong to this order or has no quantity.";
            }

            if (fill.ExecId is { } execId && !s.ExecIds.Contains(execId))
            {
                return $"fill {fill.FillId} comes from ExecID {execId}, which is not recorded.";
            }

            cumQty += fill.Quantity.Value;
        }

        if (cumQty > s.Quantity.Value)
        {
            return $"the fills ({cumQty}) exceed the order quantity ({s.Quantity}).";
        }

        var pending = s.Status.IsPendingRequest();
        if (pending != (s.PendingRequest is not null) || pending != (s.StatusBeforePendingRequest is not null))
        {
            return "a pending request and the status before it are present exactly when the status is PendingCancel or PendingReplace.";
        }

        if (s.PendingRequest is { } request
            && (request.Kind != (s.Status == OrderStatus.PendingCancel ? PendingRequestKind.Cancel : PendingRequestKind.Replace)
                || !s.ClientOrderIds.Contains(request.ClientOrderId)))
        {
            return "the pending request does not match the status or its ClOrdID is not in the chain.";
        }

        if (s.StatusBeforePendingRequest is { } before && (before.IsTerminal() || before.IsPendingRequest() || !OrderStatusTransitions.IsAllowed(s.Status, before)))
        {
            return $"status {before} cannot be the one a rejected request returns to.";
        }

        var effective = s.StatusBeforePendingRequest ?? s.Status;
        return effective switch
        {
            OrderStatus.Filled when cumQty != s.Quantity.Value => "a Filled order must have CumQty equal to its quantity.",
            OrderStatus.Initialized or OrderStatus.PendingNew or OrderStatus.New when cumQty != 0m => $"a {effective} order cannot have fills.",
            OrderStatus.PartiallyFilled when cumQty == 0m => "a PartiallyFilled order needs fills.",
            _ when !effective.IsTerminal() && cumQty >= s.Quantity.Value => "an open order must have CumQty below its quantity.",
            _ => null,
        };
    }
}
