namespace OrleansTrading.Execution.Routing;

/// <summary>The records of the routing table's log.</summary>
internal enum RoutingRecordKind : byte
{
    /// <summary>An order was sent: its key, ids and the fields later requests repeat.</summary>
    Opened = 1,

    /// <summary>A cancel or replace request added a ClOrdID to the order's chain.</summary>
    Request = 2,

    /// <summary>The order closed at the platform; its ids still route late reports until the retention passes.</summary>
    Closed = 3,
}
