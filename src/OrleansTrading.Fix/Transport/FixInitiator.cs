using System.Net.Sockets;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Transport;

/// <summary>
/// Connects one session to its counterparty and keeps it connected: logon on connect, and after a disconnect a
/// reconnect after an exponentially growing delay (ReconnectInterval doubling up to MaxReconnectInterval, each delay
/// scaled by a random 50–100 % jitter, reset after a successful logon). Sequence numbers continue from the store, so
/// a re-logon resumes where the previous connection stopped (gaps are recovered with ResendRequest).
/// </summary>
public sealed class FixInitiator : IAsyncDisposable
{
    private readonly FixEngineOptions _options;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstLogon = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private Task? _timer;
    private readonly LogonWatcher _watcher;
    private FixConnection? _connection;

    public FixInitiator(FixSessionSettings settings, IFixApplication application, FixEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(application);
        if (settings.Role != FixSessionRole.Initiator)
        {
            throw new ArgumentException($"Session {settings.SessionId} is configured as {settings.Role}; an initiator needs ConnectionType=initiator.", nameof(settings));
        }

        if (string.IsNullOrWhiteSpace(settings.ConnectHost) || settings.ConnectPort is <= 0 or > 65535)
        {
            throw new ArgumentException($"Session {settings.SessionId} needs SocketConnectHost and a SocketConnectPort between 1 and 65535.", nameof(settings));
        }

        _options = options ?? FixEngineOptions.Default;
        _watcher = new LogonWatcher(application, _firstLogon);
        Session = _options.CreateSession(settings, _watcher);
    }

    public FixSession Session { get; }

    /// <summary>Number of connections made so far.</summary>
    public int ConnectionCount { get; private set; }

    /// <summary>Starts connecting in the background.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_loop is not null)
        {
            throw new InvalidOperationException("The initiator is already started.");
        }

        _loop = ConnectLoopAsync(_stopping.Token);
        _timer = TimerLoopAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>Completes when the session has logged on at least once, or throws <see cref="TimeoutException"/>.</summary>
    public async Task WaitForLogonAsync(TimeSpan timeout)
    {
        var completed = await Task.WhenAny(_firstLogon.Task, Task.Delay(timeout, _options.TimeProvider)).ConfigureAwait(false);
        if (completed != _firstLogon.Task)
        {
            throw new TimeoutException($"Session {Session.Id} did not log on to {Session.Settings.ConnectHost}:{Session.Settings.ConnectPort} within {timeout}.");
        }
    }

    /// <summary>Logs out (waiting up to LogoutTimeout for the answer), then stops reconnecting.</summary>
    public async Task StopAsync()
    {
        if (Session.IsLoggedOn)
        {
            Session.Logout("Initiator stopping");
            var connection = _connection;
            if (connection is not null)
            {
                await Task.WhenAny(connection.Closed, Task.Delay(Session.Settings.LogoutTimeout, _options.TimeProvider)).ConfigureAwait(false);
            }
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _connection?.Disconnect();
        foreach (var task in new[] { _loop, _timer })
        {
            if (task is not null)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
        }

        Session.Dispose();
        _stopping.Dispose();
    }

    /// <summary>The delay before reconnect attempt <paramref name="attempt"/> (0-based) with jitter <paramref name="jitter"/> in [0, 1).</summary>
    public static TimeSpan BackoffDelay(TimeSpan initial, TimeSpan maximum, int attempt, double jitter)
    {
        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maximum.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * jitter)));
    }

    private async Task ConnectLoopAsync(CancellationToken cancellationToken)
    {
        var settings = Session.Settings;
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!settings.Schedule.IsInSession(_options.TimeProvider.GetUtcNow()))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var logonsBefore = _watcher.Logons;
            try
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    connectTimeout.CancelAfter(settings.LogonTimeout);
                    try
                    {
                        await socket.ConnectAsync(settings.ConnectHost!, settings.ConnectPort, connectTimeout.Token).ConfigureAwait(false);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                }

                var connection = new FixConnection(socket, settings.MaxMessageSize);
                _connection = connection;
                ConnectionCount++;
                Session.OnConnected(connection);
                await connection.RunAsync(frame => Session.OnFrame(connection, frame), () => Session.OnDisconnected(connection), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }

            attempt = _watcher.Logons > logonsBefore ? 0 : attempt + 1;
            var delay = BackoffDelay(settings.ReconnectInterval, settings.MaxReconnectInterval, Math.Max(attempt - 1, 0), Random.Shared.NextDouble());
            try
            {
                await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task TimerLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.TimerInterval, _options.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                Session.OnTimer();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Passes everything to the application and notes the first logon.</summary>
    private sealed class LogonWatcher(IFixApplication inner, TaskCompletionSource firstLogon) : IFixApplication
    {
        private int _logons;

        public int Logons => Volatile.Read(ref _logons);

        public ApplicationMessageResult OnMessage(FixSession session, FixMessage message) => inner.OnMessage(session, message);

        public void OnLogon(FixSession session)
        {
            inner.OnLogon(session);
            Interlocked.Increment(ref _logons);
            firstLogon.TrySetResult();
        }

        public void OnLogout(FixSession session) => inner.OnLogout(session);

        public void OnSendingLogon(FixSession session, FixMessageBuilder logon) => inner.OnSendingLogon(session, logon);

        public string? ValidateLogon(FixSession session, FixMessage logon) => inner.ValidateLogon(session, logon);

        public bool OnResending(FixSession session, FixMessage message) => inner.OnResending(session, message);
    }
}
