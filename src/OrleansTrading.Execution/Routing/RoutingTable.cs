using System.Collections.Immutable;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Execution.Storage;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Routing;

/// <summary>
/// The durable map from every ClOrdID sent to a venue to the order grain that owns it, and the set of orders still open
/// there. Every change is a record in a <see cref="DurableRecordLog"/> written (and, with the <c>always</c> policy,
/// forced to disk) <em>before</em> the FIX message it describes is sent, so a report that arrives after a crash — or is
/// resent by the venue after a restart — still finds its order. Closed orders keep routing late reports (a fill after a
/// cancel, a PossDup redelivery) for <c>closedRetention</c>; compaction then drops them.
/// </summary>
public sealed class RoutingTable : IDisposable
{
    private const int CompactAfterRecords = 10_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, OrderRoute> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byClientOrderId = new(StringComparer.Ordinal);
    private readonly RecordPayloadWriter _writer = new();
    private readonly DurableRecordLog _log;
    private readonly TimeSpan _closedRetention;
    private int _openCount;

    private RoutingTable(string path, FixFsyncPolicy fsync, TimeProvider time, TimeSpan closedRetention)
    {
        _closedRetention = closedRetention;
        _log = DurableRecordLog.Open(path, fsync, TimeSpan.FromMilliseconds(10), time, Replay);
    }

    public string Path => _log.Path;

    /// <summary>Bytes of a torn tail cut off when the table was opened (a write interrupted by a crash).</summary>
    public long TruncatedBytes => _log.TruncatedBytes;

    public int OpenCount
    {
        get
        {
            lock (_lock)
            {
                return _openCount;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _orders.Count;
            }
        }
    }

    /// <summary>
    /// Opens the table at <paramref name="path"/> (creating it), replaying its log, and drops closed orders older than
    /// <paramref name="closedRetention"/> as of <paramref name="now"/>.
    /// </summary>
    public static RoutingTable Open(string path, FixFsyncPolicy fsync, TimeProvider time, TimeSpan closedRetention, UnixNanos now)
    {
        ArgumentNullException.ThrowIfNull(time);
        RoutingTable? table = null;
        try
        {
            table = new RoutingTable(path, fsync, time, closedRetention);
            table.CompactIfExpired(now);
            return table;
        }
        catch (InvalidDataException ex)
        {
            table?.Dispose();
            throw new InvalidDataException($"The routing table {path} holds a record this version cannot read ({ex.Message}). Restore the file from a backup or move it away; moving it away loses the routes of open orders, which reconciliation will then report.", ex);
        }
    }

    /// <summary>The order that sent <paramref name="clientOrderId"/> (any id of its chain).</summary>
    public bool TryResolve(string clientOrderId, out OrderRoute route)
    {
        lock (_lock)
        {
            if (_byClientOrderId.TryGetValue(clientOrderId, out var key))
            {
                route = _orders[key];
                return true;
            }
        }

        route = null!;
        return false;
    }

    public OrderRoute? Find(string orderKey)
    {
        lock (_lock)
        {
            return _orders.GetValueOrDefault(orderKey);
        }
    }

    /// <summary>A snapshot of the orders still open at the venue as far as the platform knows, oldest first.</summary>
    public IReadOnlyList<OrderRoute> OpenOrders()
    {
        lock (_lock)
        {
            return [.. _orders.Values.Where(r => r.IsOpen).OrderBy(r => r.OpenedAt.Value)];
        }
    }

    /// <summary>
    /// Records a new order before its NewOrderSingle is sent. Returns false (and writes nothing) when the order key is
    /// already routed: the order was sent before.
    /// </summary>
    public bool TryAdd(OrderRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.ClientOrderIds.Length != 1)
        {
            throw new ArgumentException("A new route carries exactly its original ClOrdID.", nameof(route));
        }

        lock (_lock)
        {
            if (_orders.ContainsKey(route.OrderKey))
            {
                return false;
            }

            if (_byClientOrderId.TryGetValue(route.OriginalClientOrderId.Value, out var owner))
            {
                throw new InvalidOperationException($"ClOrdID {route.OriginalClientOrderId} already belongs to order {owner}; a venue session needs ClOrdIDs unique across orders.");
            }

            _log.Append((byte)RoutingRecordKind.Opened, Opened(_writer, route));
            Put(route with { IsOpen = true, ClosedAt = null });
            return true;
        }
    }

    /// <summary>Adds a cancel or replace request's ClOrdID to the order's chain before the request is sent.</summary>
    public OrderRoute AddRequest(string orderKey, ClientOrderId requestId)
    {
        lock (_lock)
        {
            if (!_orders.TryGetValue(orderKey, out var route))
            {
                throw new InvalidOperationException($"Order {orderKey} has no route; send it before cancelling or replacing it.");
            }

            if (_byClientOrderId.TryGetValue(requestId.Value, out var owner))
            {
                return owner == orderKey ? route : throw new InvalidOperationException($"ClOrdID {requestId} already belongs to order {owner}.");
            }

            _writer.Clear().String(orderKey).String(requestId.Value);
            _log.Append((byte)RoutingRecordKind.Request, _writer.Written);
            var updated = route with { ClientOrderIds = route.ClientOrderIds.Add(requestId) };
            Put(updated);
            return updated;
        }
    }

    /// <summary>Marks the order closed (its ids keep routing late reports). False when it was not open.</summary>
    public bool Close(string orderKey, UnixNanos at)
    {
        lock (_lock)
        {
            if (!_orders.TryGetValue(orderKey, out var route) || !route.IsOpen)
            {
                return false;
            }

            _writer.Clear().String(orderKey).Int64(at.Value);
            _log.Append((byte)RoutingRecordKind.Closed, _writer.Written);
            Put(route with { IsOpen = false, ClosedAt = at });
            if (_log.AppendedSinceRewrite > CompactAfterRecords && _log.AppendedSinceRewrite > 2L * _orders.Count)
            {
                Compact(at);
            }

            return true;
        }
    }

    /// <summary>Rewrites the log with only what is still needed: open orders, and closed ones within the retention.</summary>
    public void Compact(UnixNanos now)
    {
        lock (_lock)
        {
            var horizon = now.Value - _closedRetention.Ticks * 100;
            foreach (var expired in _orders.Values.Where(r => !r.IsOpen && r.ClosedAt!.Value.Value < horizon).ToList())
            {
                _orders.Remove(expired.OrderKey);
                foreach (var id in expired.ClientOrderIds)
                {
                    _byClientOrderId.Remove(id.Value);
                }
            }

            var writer = new RecordPayloadWriter();
            _log.Rewrite(append =>
            {
                foreach (var route in _orders.Values.OrderBy(r => r.OpenedAt.Value))
                {
                    append((byte)RoutingRecordKind.Opened, Opened(writer, route));
                    foreach (var id in route.ClientOrderIds.AsSpan()[1..])
                    {
                        writer.Clear().String(route.OrderKey).String(id.Value);
                        append((byte)RoutingRecordKind.Request, writer.Written);
                    }

                    if (!route.IsOpen)
                    {
                        writer.Clear().String(route.OrderKey).Int64(route.ClosedAt!.Value.Value);
                        append((byte)RoutingRecordKind.Closed, writer.Written);
                    }
                }
            });
        }
    }

    public void Dispose() => _log.Dispose();

    private void CompactIfExpired(UnixNanos now)
    {
        var horizon = now.Value - _closedRetention.Ticks * 100;
        bool any;
        lock (_lock)
        {
            any = _orders.Values.Any(r => !r.IsOpen && r.ClosedAt!.Value.Value < horizon);
        }

        if (any)
        {
            Compact(now);
        }
    }

    private static ReadOnlySpan<byte> Opened(RecordPayloadWriter writer, OrderRoute route) => writer.Clear()
        .String(route.OrderKey).String(route.Account.Value).String(route.Instrument.Value).String(route.Symbol)
        .Byte((byte)route.Side).Byte((byte)route.TimeInForce).Int64(route.ExpireTime?.Value ?? long.MinValue)
        .Int64(route.OpenedAt.Value).String(route.OriginalClientOrderId.Value)
        .Written;

    private void Put(OrderRoute route)
    {
        var wasOpen = _orders.TryGetValue(route.OrderKey, out var previous) && previous.IsOpen;
        _orders[route.OrderKey] = route;
        foreach (var id in route.ClientOrderIds)
        {
            _byClientOrderId[id.Value] = route.OrderKey;
        }

        _openCount += (route.IsOpen ? 1 : 0) - (wasOpen ? 1 : 0);
    }

    private void Replay(byte kind, ReadOnlySpan<byte> payload)
    {
        var reader = new RecordPayloadReader(payload);
        switch ((RoutingRecordKind)kind)
        {
            case RoutingRecordKind.Opened:
                var key = reader.RequiredString();
                var account = new AccountId(reader.RequiredString());
                var instrument = new InstrumentId(reader.RequiredString());
                var symbol = reader.RequiredString();
                var side = (OrderSide)reader.Byte();
                var timeInForce = (TimeInForce)reader.Byte();
                var expire = reader.Int64();
                var openedAt = new UnixNanos(reader.Int64());
                var id = new ClientOrderId(reader.RequiredString());
                Put(new OrderRoute(key, account, instrument, symbol, side, timeInForce, expire == long.MinValue ? null : new UnixNanos(expire), openedAt, [id]));
                break;
            case RoutingRecordKind.Request:
                var requestKey = reader.RequiredString();
                var requestId = new ClientOrderId(reader.RequiredString());
                if (_orders.TryGetValue(requestKey, out var route) && !route.ClientOrderIds.Contains(requestId))
                {
                    Put(route with { ClientOrderIds = route.ClientOrderIds.Add(requestId) });
                }

                break;
            case RoutingRecordKind.Closed:
                var closedKey = reader.RequiredString();
                var at = new UnixNanos(reader.Int64());
                if (_orders.TryGetValue(closedKey, out var closed))
                {
                    Put(closed with { IsOpen = false, ClosedAt = at });
                }

                break;
            default:
                throw new InvalidDataException($"unknown record kind {kind}");
        }
    }
}
