using System.Net;
using System.Net.Sockets;

namespace OrleansTrading.IntegrationTests.Fix;

/// <summary>
/// A TCP proxy on 127.0.0.1 between the platform's FIX initiator and the venue, controlled by the test: it forwards bytes
/// both ways, can drop both sides of every connection at once (the initiator then reconnects through it), and can hold
/// the venue's messages — whole FIX messages, cut at their CheckSum field — from a chosen point on. Held messages are
/// either released later, the first few discarded (a sequence gap the platform must recover with a ResendRequest), or
/// lost with their connection when it drops (messages in transit when the network fails).
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<Pair> _pairs = [];
    private readonly List<(Pair Pair, byte[] Message)> _held = [];
    private readonly Task _accepting;
    private int? _fillsBeforeHold;
    private int _connections;

    private LoopbackProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far (a reconnect adds one).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The venue messages held back right now, oldest first.</summary>
    public IReadOnlyList<FixFields> Held
    {
        get
        {
            lock (_lock)
            {
                return [.. _held.Select(h => FixFields.FromWire(h.Message))];
            }
        }
    }

    public static LoopbackProxy Start(int upstreamPort) => new(upstreamPort);

    /// <summary>
    /// Forwards the venue's messages until <paramref name="afterFills"/> more fills (ExecutionReports 150=F) have passed,
    /// then keeps every later one back. Closing the connection ends the hold; what was held is lost with it.
    /// </summary>
    public void HoldVenueMessages(int afterFills = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterFills);
        lock (_lock)
        {
            _fillsBeforeHold = afterFills;
        }
    }

    /// <summary>Forwards the held messages except the first <paramref name="discard"/>, which are lost on the way, and stops holding.</summary>
    /// <returns>The discarded messages.</returns>
    public IReadOnlyList<FixFields> ReleaseVenueMessages(int discard)
    {
        lock (_lock)
        {
            var discarded = _held.Take(discard).Select(h => FixFields.FromWire(h.Message)).ToList();
            foreach (var (pair, message) in _held.Skip(discard))
            {
                pair.ToClient(message);
            }

            _held.Clear();
            _fillsBeforeHold = null;
            return discarded;
        }
    }

    /// <summary>Closes both sides of every open connection, as a network failure would; held messages are lost.</summary>
    public void DropConnections()
    {
        List<Pair> pairs;
        lock (_lock)
        {
            pairs = [.. _pairs];
        }

        foreach (var pair in pairs)
        {
            Close(pair);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        DropConnections();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stopping.Token);
            var venue = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await venue.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stopping.Token);
            }
            catch (SocketException)
            {
                client.Dispose();
                venue.Dispose();
                continue;
            }

            var pair = new Pair(client, venue);
            lock (_lock)
            {
                _pairs.Add(pair);
                _connections++;
            }

            _ = PumpClientToVenueAsync(pair);
            _ = PumpVenueToClientAsync(pair);
        }
    }

    private async Task PumpClientToVenueAsync(Pair pair)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await pair.Client.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await pair.Venue.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }

        Close(pair);
    }

    private async Task PumpVenueToClientAsync(Pair pair)
    {
        var buffer = new byte[64 * 1024];
        var pending = new List<byte>();
        try
        {
            int read;
            while ((read = await pair.Venue.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                pending.AddRange(buffer.AsSpan(0, read));
                while (TakeMessage(pending) is { } message)
                {
                    Forward(pair, message);
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }

        Close(pair);
    }

    private void Forward(Pair pair, byte[] message)
    {
        lock (_lock)
        {
            if (_fillsBeforeHold == 0)
            {
                _held.Add((pair, message));
                return;
            }

            pair.ToClient(message);
            if (_fillsBeforeHold is { } remaining && FixFields.FromWire(message).IsFill)
            {
                _fillsBeforeHold = remaining - 1;
            }
        }
    }

    /// <summary>Closes a connection; a hold on its messages ends and what it held is lost.</summary>
    private void Close(Pair pair)
    {
        lock (_lock)
        {
            _pairs.Remove(pair);
            if (_held.RemoveAll(h => h.Pair == pair) > 0)
            {
                _fillsBeforeHold = null;
            }
        }

        pair.Close();
    }

    /// <summary>Cuts one complete FIX message (up to and including <c>SOH 10=nnn SOH</c>) off the front of <paramref name="pending"/>.</summary>
    private static byte[]? TakeMessage(List<byte> pending)
    {
        for (var i = 0; i + 7 < pending.Count; i++)
        {
            if (pending[i] == 0x01 && pending[i + 1] == (byte)'1' && pending[i + 2] == (byte)'0' && pending[i + 3] == (byte)'=' && pending[i + 7] == 0x01)
            {
                var message = pending.GetRange(0, i + 8).ToArray();
                pending.RemoveRange(0, i + 8);
                return message;
            }
        }

        return null;
    }

    private sealed class Pair(Socket client, Socket venue)
    {
        public Socket Client { get; } = client;

        public Socket Venue { get; } = venue;

        public void ToClient(byte[] message)
        {
            try
            {
                Client.Send(message);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
            }
        }

        public void Close()
        {
            Client.Dispose();
            Venue.Dispose();
        }
    }
}
