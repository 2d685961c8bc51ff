using System.Text;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Dictionary;
using OrleansTrading.Fix.Logging;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Session;

/// <summary>
/// One FIX session: the session-layer state machine (logon, heartbeats, test requests, sequence checks, gap
/// detection and resend, sequence resets, rejects, logout, schedule), independent of sockets. A transport feeds it
/// framed bytes (<see cref="OnFrame"/>), connection events and timer ticks (<see cref="OnTimer"/>); the session writes
/// through an <see cref="IFixSessionConnection"/>. Time comes from an injectable <see cref="TimeProvider"/>. Every
/// entry point takes the session lock, so <see cref="Send"/> may be called from any thread.
/// </summary>
public sealed partial class FixSession : IDisposable
{
    private const string TestRequestId = "TEST";

    private readonly Lock _lock = new();
    private readonly IFixMessageStore _store;
    private readonly IFixApplication _application;
    private readonly TimeProvider _time;
    private readonly IFixMessageLog _log;
    private readonly FixMessageValidator? _validator;
    private readonly FixDataFieldPairs _dataFieldPairs;
    private readonly FixMessage _inbound = new();
    private readonly FixMessage _queued = new();
    private readonly FixMessage _stored = new();
    private readonly FixMessageBuilder _admin = new();
    private readonly FixMessageBuilder _resend = new();
    private readonly SortedDictionary<int, byte[]> _queue = [];
    private readonly byte[] _beginString;
    private readonly byte[] _senderCompId;
    private readonly byte[] _targetCompId;
    private byte[] _sendBuffer = new byte[4096];

    private IFixSessionConnection? _connection;
    private bool _logonSent;
    private bool _logonReceived;
    private bool _logoutSent;
    private bool _sentReset;
    private bool _replayInProgress;
    private bool _processingQueue;
    private DateTimeOffset _connectedAt;
    private DateTimeOffset _logonSentAt;
    private DateTimeOffset _logoutSentAt;
    private DateTimeOffset _lastSent;
    private DateTimeOffset _lastReceived;
    private int _heartBtInt;
    private int _testRequestCounter;
    private (int Begin, int End)? _resendRange;

    public FixSession(FixSessionSettings settings, IFixMessageStore store, IFixApplication application, TimeProvider? timeProvider = null, IFixMessageLog? log = null)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _application = application ?? throw new ArgumentNullException(nameof(application));
        _time = timeProvider ?? TimeProvider.System;
        _log = log ?? NullMessageLog.Instance;
        _validator = settings.UseDataDictionary ? new FixMessageValidator(settings.DataDictionary, settings.Validation) : null;
        _dataFieldPairs = settings.DataDictionary.DataFieldPairs;
        _beginString = Encoding.ASCII.GetBytes(settings.SessionId.BeginString);
        _senderCompId = Encoding.ASCII.GetBytes(settings.SessionId.SenderCompId);
        _targetCompId = Encoding.ASCII.GetBytes(settings.SessionId.TargetCompId);
    }

    public FixSessionId Id => Settings.SessionId;

    public FixSessionSettings Settings { get; }

    public bool IsConnected
    {
        get
        {
            lock (_lock)
            {
                return _connection is not null;
            }
        }
    }

    /// <summary>Both Logons exchanged on the current connection.</summary>
    public bool IsLoggedOn
    {
        get
        {
            lock (_lock)
            {
                return LoggedOn;
            }
        }
    }

    public int NextSenderSeqNum => _store.NextSenderSeqNum;

    public int NextTargetSeqNum => _store.NextTargetSeqNum;

    /// <summary>The HeartBtInt in force (seconds), 0 before logon.</summary>
    public int HeartBtInt => _heartBtInt;

    private bool LoggedOn => _logonSent && _logonReceived;

    private int ExpectedTarget => _store.NextTargetSeqNum;

    /// <summary>
    /// Sends an application message: stamps the header (next MsgSeqNum, CompIDs, SendingTime), persists it and
    /// writes it. Returns false without sending or storing anything when the session is not logged on.
    /// </summary>
    public bool Send(FixMessageBuilder message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            if (!LoggedOn || _logoutSent)
            {
                return false;
            }

            SendNew(message);
            return true;
        }
    }

    /// <summary>Starts a Logout (the connection closes when the counterparty answers, or after LogoutTimeout).</summary>
    public void Logout(string? text = null)
    {
        lock (_lock)
        {
            if (_connection is null)
            {
                return;
            }

            if (LoggedOn && !_logoutSent)
            {
                SendLogout(text);
            }
            else if (!LoggedOn)
            {
                Disconnect("Logout requested before logon completed");
            }
        }
    }

    /// <summary>
    /// Closes the connection at once, without a Logout: the counterparty sees the TCP connection drop (bytes already
    /// queued are still written first). For venue simulators and fault tests; use <see cref="Logout"/> to end a session.
    /// </summary>
    public void DropConnection(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_lock)
        {
            Disconnect(reason);
        }
    }

    /// <summary>Resets both sequence numbers to 1 and forgets sent messages. Only while not connected.</summary>
    public void ResetSequenceNumbers()
    {
        lock (_lock)
        {
            if (_connection is not null)
            {
                throw new InvalidOperationException($"Session {Id} is connected: reset its sequence numbers with ResetOnLogon or after it disconnects.");
            }

            ResetStore();
        }
    }

    /// <summary>The transport connected this session (an initiator's connect completed, or an acceptor bound an inbound connection to it).</summary>
    public void OnConnected(IFixSessionConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (_lock)
        {
            if (_connection is not null)
            {
                throw new InvalidOperationException($"Session {Id} already has a connection.");
            }

            var now = _time.GetUtcNow();
            _connection = connection;
            _logonSent = _logonReceived = _logoutSent = _sentReset = _replayInProgress = false;
            _testRequestCounter = 0;
            _resendRange = null;
            _queue.Clear();
            _connectedAt = _lastSent = _lastReceived = now;
            _heartBtInt = Settings.Role == FixSessionRole.Initiator ? Settings.HeartBtInt : 0;
            ResetIfNewSessionPeriod(now);
            _log.OnEvent($"Connected ({Settings.Role})");
            if (Settings.Role == FixSessionRole.Initiator)
            {
                if (!Settings.Schedule.IsInSession(now))
                {
                    Disconnect("Outside the session schedule");
                    return;
                }

                SendLogon();
            }
        }
    }

    /// <summary>The transport lost or closed <paramref name="connection"/> (ignored when the session has moved on to another connection).</summary>
    public void OnDisconnected(IFixSessionConnection connection)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_connection, connection))
            {
                Detach("Disconnected");
            }
        }
    }

    /// <summary>One framed message received on <paramref name="connection"/> (see <see cref="FixFramer"/>); garbled ones are ignored, and so is anything from a connection the session no longer uses.</summary>
    public void OnFrame(IFixSessionConnection connection, ReadOnlySpan<byte> frame)
    {
        lock (_lock)
        {
            if (_connection is null || !ReferenceEquals(_connection, connection))
            {
                return;
            }

            _log.OnIncoming(frame);
            var status = FixParser.Parse(frame, _inbound, _dataFieldPairs);
            if (status != FixParseStatus.Ok)
            {
                _log.OnEvent($"Garbled message ignored ({status})");
                if (!_logonReceived)
                {
                    Disconnect("The first message was not a valid Logon");
                }

                return;
            }

            Process(_inbound, queued: false);
        }
    }

    /// <summary>Periodic tick (the transports call it every 100 ms): logon/logout timeouts, heartbeats, test requests, schedule.</summary>
    public void OnTimer()
    {
        lock (_lock)
        {
            if (_connection is null)
            {
                return;
            }

            var now = _time.GetUtcNow();
            if (!Settings.Schedule.IsInSession(now))
            {
                if (LoggedOn && !_logoutSent)
                {
                    SendLogout("Session schedule ended");
                }
                else if (!LoggedOn)
                {
                    Disconnect("Outside the session schedule");
                    return;
                }
            }

            if (!_logonReceived)
            {
                var waitingSince = _logonSent ? _logonSentAt : _connectedAt;
                if (now - waitingSince >= Settings.LogonTimeout)
                {
                    Disconnect(_logonSent ? "Timed out waiting for the Logon response" : "Timed out waiting for a Logon");
                }

                return;
            }

            if (_logoutSent && now - _logoutSentAt >= Settings.LogoutTimeout)
            {
                Disconnect("Timed out waiting for the Logout response");
                return;
            }

            if (_heartBtInt <= 0)
            {
                return;
            }

            var interval = TimeSpan.FromSeconds(_heartBtInt);
            var sinceReceived = now - _lastReceived;
            var testRequestDueAt = _lastReceived + (interval * (1.2 * (_testRequestCounter + 1)));
            var heartbeatDueAt = _lastSent + interval;
            if (sinceReceived >= interval * 2.4)
            {
                Disconnect("Timed out waiting for a heartbeat");
            }
            else if (now >= heartbeatDueAt && _testRequestCounter == 0 && heartbeatDueAt <= testRequestDueAt)
            {
                // both due at a late tick (a starved timer): they go out in the order they fell due, one per tick — the
                // heartbeat now, the test request at the next tick if the counterparty is still silent by then
                SendNew(_admin.Reset(FixMsgTypes.Heartbeat));
            }
            else if (now >= testRequestDueAt)
            {
                _admin.Reset(FixMsgTypes.TestRequest).Add(FixTags.TestReqId, TestRequestId);
                SendNew(_admin);
                _testRequestCounter++;
                _log.OnEvent("Sent TestRequest");
            }
            else if (now - _lastSent >= interval && _testRequestCounter == 0)
            {
                SendNew(_admin.Reset(FixMsgTypes.Heartbeat));
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_connection is not null)
            {
                Disconnect("Session disposed");
            }

            _store.Dispose();
            _log.Dispose();
        }
    }

    private void Disconnect(string reason)
    {
        var connection = _connection;
        if (connection is null)
        {
            return;
        }

        _log.OnEvent($"Disconnecting: {reason}");
        connection.Disconnect();
        Detach(reason);
    }

    private void Detach(string reason)
    {
        if (_connection is null)
        {
            return;
        }

        var wasLoggedOn = LoggedOn;
        _connection = null;
        _logonSent = _logonReceived = _logoutSent = false;
        _queue.Clear();
        _resendRange = null;
        _heartBtInt = 0;
        _log.OnEvent($"Connection closed: {reason}");
        if (Settings.ResetOnDisconnect)
        {
            ResetStore();
        }

        _store.Flush();
        if (wasLoggedOn)
        {
            _application.OnLogout(this);
        }
    }

    private void ResetStore()
    {
        _store.Reset(_time.GetUtcNow());
        _log.OnEvent("Sequence numbers reset to 1");
    }

    private void ResetIfNewSessionPeriod(DateTimeOffset now)
    {
        if (!Settings.Schedule.IsNonStop && _store.CreationTime < Settings.Schedule.CurrentPeriodStart(now))
        {
            _log.OnEvent("New session period: resetting sequence numbers");
            ResetStore();
        }
    }
}
