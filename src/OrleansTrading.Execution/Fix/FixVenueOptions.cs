using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Execution.Reconciliation;
using OrleansTrading.Fix.Session;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Fix;

/// <summary>
/// One FIX venue: its initiator session (from a QuickFIX-style <c>.cfg</c>), the venue symbol of each instrument it
/// trades, where its durable state lives, and how it reconciles. The connector stores the FIX session log, the routing
/// table and the inbound journal together in <see cref="StoreDirectory"/>, all forced to disk as <see cref="Fsync"/>
/// says (it overrides the <c>.cfg</c>'s FileStorePath and FileStoreSync).
/// </summary>
public sealed record FixVenueOptions
{
    public required VenueId Venue { get; init; }

    /// <summary>The initiator session (ConnectionType=initiator).</summary>
    public required FixSessionSettings Session { get; init; }

    /// <summary>Venue symbol (FIX Symbol, 55) of each instrument this venue trades; the symbols' source is the venue id.</summary>
    public required SymbologyMap Symbols { get; init; }

    /// <summary>Directory of the FIX message store, the routing table and the inbound journal.</summary>
    public required string StoreDirectory { get; init; }

    /// <summary>When the stores force writes to disk: always (default; survives a power cut), batched or none (survive a process kill).</summary>
    public FixFsyncPolicy Fsync { get; init; } = FixFsyncPolicy.EveryMessage;

    public ReconciliationMode Reconciliation { get; init; } = ReconciliationMode.Status;

    /// <summary>How long a run waits for the venue's status answers before reporting the missing ones.</summary>
    public TimeSpan ReconciliationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a run waits for a complete mass status answer before asking order by order.</summary>
    public TimeSpan MassStatusTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A NewOrderSingle or cancel/replace older than this is not resent when the venue asks for a resend: it is
    /// gap-filled instead (a stale order should not reach the market late), and reconciliation settles the order.
    /// </summary>
    public TimeSpan StaleOrderAge { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a closed order's ClOrdIDs keep routing late reports before compaction drops them.</summary>
    public TimeSpan ClosedRouteRetention { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Parallel delivery lanes (each order always uses the same one, so its reports stay in order).</summary>
    public int DeliveryLanes { get; init; } = 4;

    /// <summary>How long stopping waits for queued reports to reach their orders; the rest stays journaled for the next start.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Username (553) sent in the Logon, when the venue wants one.</summary>
    public string? Username { get; init; }

    /// <summary>Password (554) sent in the Logon; never logged (the message log redacts it).</summary>
    public string? Password { get; init; }
}
