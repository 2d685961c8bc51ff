using Orleans.Serialization;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Grains.Orders;

namespace OrleansTrading.Grains.Accounts;

/// <summary>
/// The payload of an order's row in its account's journal: after the order's first change, its record
/// (<see cref="OrderRecord"/>) behind a marker byte; at its admission (and in rows written before records existed),
/// its view alone. Only the record is stored, not the view beside it: the view is derived from it, and a row small
/// enough to stay inside its B-tree page keeps each order change one page write.
/// </summary>
internal static class OrderJournalEntry
{
    /// <summary>Never the first byte of a serialized view (pinned by a test), so the two formats cannot be confused.</summary>
    public const byte RecordMarker = 0xFE;

    public static byte[] Write(Serializer serializer, OrderRecord record)
    {
        var body = serializer.SerializeToArray(record);
        var payload = new byte[body.Length + 1];
        payload[0] = RecordMarker;
        body.CopyTo(payload, 1);
        return payload;
    }

    public static JournaledOrder Read(Serializer serializer, ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > 0 && payload.Span[0] == RecordMarker)
        {
            var record = serializer.Deserialize<OrderRecord>(payload[1..])
                ?? throw new InvalidOperationException("An order journal entry holds no record.");
            return new JournaledOrder(OrderViews.From(record), record);
        }

        return new JournaledOrder(serializer.Deserialize<OrderView>(payload) ?? throw new InvalidOperationException("An order journal entry holds no view."), null);
    }
}
