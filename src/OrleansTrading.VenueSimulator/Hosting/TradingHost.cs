using System.Net;
using OrleansTrading.Fix.Configuration;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Transport;
using OrleansTrading.VenueSimulator.Behaviours;
using OrleansTrading.VenueSimulator.Gateway;
using OrleansTrading.VenueSimulator.Listings;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Hosting;

/// <summary>
/// The simulator's trading mode, in-process: a FIX 4.4 acceptor for the acceptor sessions of the settings, a
/// <see cref="SimulatedVenue"/> over the market's instruments (ladders seeded at start) and behaviours, the report
/// dispatcher and the trading day timer. Each session's TargetCompID (the client's SenderCompID) is one participant.
/// Start with <see cref="StartAsync"/>, stop with <see cref="DisposeAsync"/> (sessions are logged out first).
/// </summary>
public sealed class TradingHost : IAsyncDisposable
{
    private readonly FixAcceptor _acceptor;
    private readonly ReportDispatcher _dispatcher;
    private readonly TradingDayTimer _timer;
    private readonly VenueOperations _venue;

    private TradingHost(FixAcceptor acceptor, ReportDispatcher dispatcher, VenueOperations venue, TradingDayTimer timer, string runId, MarketSettings market)
    {
        _acceptor = acceptor;
        _venue = venue;
        _dispatcher = dispatcher;
        _timer = timer;
        RunId = runId;
        Market = market;
    }

    public string RunId { get; }

    public MarketSettings Market { get; }

    public IReadOnlyCollection<FixSession> Sessions => _acceptor.Sessions;

    /// <summary>Where the acceptor listens (the real port when the settings ask for port 0).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => _acceptor.LocalEndPoints;

    /// <summary>Reports scheduled or waiting for their session's logon.</summary>
    public int PendingReports => _dispatcher.Pending;

    /// <summary>
    /// Starts the venue. Throws <see cref="FixSettingsException"/> when the sessions do not fit a venue (none is an
    /// acceptor, two share a TargetCompID, one uses the market maker's id), and <see cref="ArgumentException"/> when the
    /// market and behaviours do not fit each other.
    /// </summary>
    public static async Task<TradingHost> StartAsync(
        IEnumerable<FixSessionSettings> sessions,
        MarketSettings market,
        BehaviourPolicy behaviours,
        TradingHostOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(behaviours);
        options ??= TradingHostOptions.Default;
        if (market.Check() is { } marketProblem)
        {
            throw new ArgumentException(marketProblem, nameof(market));
        }

        var time = options.TimeProvider;
        var acceptorSessions = sessions.Where(s => s.Role == FixSessionRole.Acceptor).ToList();
        var participants = Participants(acceptorSessions, market.MarketMaker);
        var runId = options.RunId ?? Hosting.RunId.FromStartTime(time.GetUtcNow());
        var symbols = new SymbolMap(market.Instruments);
        var engine = new MatchingEngine(market.Instruments.Select(i => i.Instrument), runId);
        var dispatcher = new ReportDispatcher(symbols, time);
        var venue = new VenueOperations(new SimulatedVenue(engine, behaviours), dispatcher, time);
        var application = new VenueFixApplication(venue, dispatcher, symbols, participants);
        var acceptor = new FixAcceptor(acceptorSessions, application, options.Engine with { TimeProvider = time });
        foreach (var (sessionId, participant) in participants)
        {
            dispatcher.AddRecipient(participant, acceptor.GetSession(sessionId)!);
        }

        foreach (var listed in market.Instruments)
        {
            if (listed.Ladder is { } ladder)
            {
                venue.SeedLiquidity(listed.Instrument.Id, ladder);
            }
        }

        var timer = new TradingDayTimer(venue, market.EndOfDayUtc, market.ExpiryCheckInterval, time);
        var host = new TradingHost(acceptor, dispatcher, venue, timer, runId, market);
        try
        {
            dispatcher.Start();
            timer.Start();
            await acceptor.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return host;
    }

    public FixSession? GetSession(FixSessionId id) => _acceptor.GetSession(id);

    /// <summary>
    /// Ends the trading day now, as the timer does at the configured end of day: Day orders (and GTD orders due)
    /// expire with reports to their owners, and done orders and their ClOrdIDs are forgotten.
    /// </summary>
    public void EndTradingDay() => _venue.PassTime(endOfDay: true);

    /// <summary>Stops the timer, logs the sessions out, stops delivering, then closes the sessions and their stores.</summary>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        await _acceptor.StopAsync().ConfigureAwait(false);
        await _dispatcher.DisposeAsync().ConfigureAwait(false);
        await _acceptor.DisposeAsync().ConfigureAwait(false);
    }

    private static Dictionary<FixSessionId, ParticipantId> Participants(IReadOnlyList<FixSessionSettings> sessions, ParticipantId marketMaker)
    {
        if (sessions.Count == 0)
        {
            throw new FixSettingsException("The venue simulator needs at least one session with ConnectionType=acceptor.");
        }

        var participants = new Dictionary<FixSessionId, ParticipantId>();
        var byParticipant = new Dictionary<ParticipantId, FixSessionId>();
        foreach (var session in sessions)
        {
            var compId = session.SessionId.TargetCompId;
            if (Domain.Identifiers.Identifier.Check(compId, "TargetCompID") is { } invalid)
            {
                throw new FixSettingsException($"Session {session.SessionId}: {invalid}");
            }

            var participant = new ParticipantId(compId);
            if (participant == marketMaker)
            {
                throw new FixSettingsException(
                    $"Session {session.SessionId}: TargetCompID {compId} is the liquidity ladders' market maker; give the market maker another id (\"marketMaker\" in the instruments file).");
            }

            if (byParticipant.TryGetValue(participant, out var other))
            {
                throw new FixSettingsException(
                    $"Sessions {other} and {session.SessionId} share TargetCompID {compId}; each client of the venue needs its own TargetCompID (its SenderCompID).");
            }

            byParticipant.Add(participant, session.SessionId);
            participants.Add(session.SessionId, participant);
        }

        return participants;
    }
}
