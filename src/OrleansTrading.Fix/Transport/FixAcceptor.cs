using System.Net;
using System.Net.Sockets;
using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Transport;

/// <summary>
/// Listens for initiators and binds each inbound connection to one of its configured sessions by the CompIDs of the
/// first message (their SenderCompID is our TargetCompID). Unknown CompIDs, a session that already has a connection,
/// a garbled first message or no message within LogonTimeout close the connection without a reply.
/// Sessions and their stores live as long as the acceptor; connections come and go.
/// </summary>
public sealed class FixAcceptor : IAsyncDisposable
{
    private readonly Dictionary<FixSessionId, FixSession> _sessions = [];
    private readonly List<(FixSessionSettings Settings, TcpListener Listener)> _listeners = [];
    private readonly List<Task> _loops = [];
    private readonly HashSet<FixConnection> _connections = [];
    private readonly Lock _lock = new();
    private readonly FixEngineOptions _options;
    private readonly CancellationTokenSource _stopping = new();
    private bool _started;

    public FixAcceptor(IEnumerable<FixSessionSettings> sessions, IFixApplication application, FixEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(application);
        _options = options ?? FixEngineOptions.Default;
        foreach (var settings in sessions)
        {
            if (settings.Role != FixSessionRole.Acceptor)
            {
                throw new ArgumentException($"Session {settings.SessionId} is configured as {settings.Role}; an acceptor only runs acceptor sessions.", nameof(sessions));
            }

            if (!_sessions.TryAdd(settings.SessionId, _options.CreateSession(settings, application)))
            {
                throw new ArgumentException($"Session {settings.SessionId} is configured twice.", nameof(sessions));
            }
        }

        if (_sessions.Count == 0)
        {
            throw new ArgumentException("An acceptor needs at least one session.", nameof(sessions));
        }
    }

    public IReadOnlyCollection<FixSession> Sessions => _sessions.Values;

    /// <summary>The bound endpoint of each listener (useful with port 0).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => [.. _listeners.Select(l => (IPEndPoint)l.Listener.LocalEndpoint)];

    public FixSession? GetSession(FixSessionId id) => _sessions.GetValueOrDefault(id);

    /// <summary>Opens the listeners and starts accepting; returns once listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_started)
            {
                throw new InvalidOperationException("The acceptor is already started.");
            }

            _started = true;
            foreach (var group in _sessions.Values.GroupBy(s => (s.Settings.AcceptHost, s.Settings.AcceptPort)))
            {
                var address = IPAddress.TryParse(group.Key.AcceptHost, out var parsed)
                    ? parsed
                    : throw new ArgumentException($"SocketAcceptHost '{group.Key.AcceptHost}' is not an IP address.");
                var listener = new TcpListener(address, group.Key.AcceptPort);
                listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                listener.Start();
                _listeners.Add((group.First().Settings, listener));
                _loops.Add(AcceptLoopAsync(listener, _stopping.Token));
            }

            _loops.Add(TimerLoopAsync(_stopping.Token));
        }

        return Task.CompletedTask;
    }

    /// <summary>Logs out connected sessions, closes listeners and connections, and waits for the loops to end.</summary>
    public async Task StopAsync()
    {
        foreach (var session in _sessions.Values)
        {
            session.Logout("Acceptor stopping");
        }

        // give counterparties LogoutTimeout to answer the Logout before the connections are closed
        var deadline = _options.TimeProvider.GetUtcNow() + _sessions.Values.Max(s => s.Settings.LogoutTimeout);
        while (_sessions.Values.Any(s => s.IsConnected) && _options.TimeProvider.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), _options.TimeProvider).ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var (_, listener) in _listeners)
        {
            listener.Stop();
        }

        FixConnection[] open;
        lock (_lock)
        {
            open = [.. _connections];
        }

        foreach (var connection in open)
        {
            connection.Disconnect();
        }

        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(open.Select(c => c.Closed)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
        }

        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }

        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var connection = new FixConnection(socket, FixFramer.DefaultMaxMessageSize);
            lock (_lock)
            {
                _connections.Add(connection);
            }

            _ = ServeAsync(connection, cancellationToken);
        }
    }

    private async Task ServeAsync(FixConnection connection, CancellationToken cancellationToken)
    {
        FixSession? bound = null;
        var firstMessage = new FixMessage();
        using var logonTimeout = new CancellationTokenSource(_sessions.Values.Max(s => s.Settings.LogonTimeout));
        using var unbound = logonTimeout.Token.Register(() =>
        {
            if (Volatile.Read(ref bound) is null)
            {
                connection.Disconnect();
            }
        });

        void OnFrame(ReadOnlySpan<byte> frame)
        {
            if (bound is null)
            {
                bound = Bind(connection, frame, firstMessage);
                if (bound is null)
                {
                    connection.Disconnect();
                    return;
                }
            }

            bound.OnFrame(connection, frame);
        }

        await connection.RunAsync(OnFrame, () => bound?.OnDisconnected(connection), cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _connections.Remove(connection);
        }
    }

    private FixSession? Bind(FixConnection connection, ReadOnlySpan<byte> frame, FixMessage scratch)
    {
        if (FixParser.Parse(frame, scratch) != FixParseStatus.Ok)
        {
            return null;
        }

        var id = new FixSessionId(
            Encoding.ASCII.GetString(scratch.GetValue(0)),
            Encoding.ASCII.GetString(scratch.GetValueOrEmpty(FixTags.TargetCompId)),
            Encoding.ASCII.GetString(scratch.GetValueOrEmpty(FixTags.SenderCompId)));
        if (!_sessions.TryGetValue(id, out var session))
        {
            return null;
        }

        try
        {
            session.OnConnected(connection);
            return session;
        }
        catch (InvalidOperationException)
        {
            // already connected: a second logon for a live session is refused
            return null;
        }
    }

    private async Task TimerLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.TimerInterval, _options.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var session in _sessions.Values)
                {
                    session.OnTimer();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
