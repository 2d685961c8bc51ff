using System.Globalization;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// ExecIDs for the reports the gateway makes itself rather than a book (status requests naming no order, mass status
/// with no open orders): <c>{runId}:#:E{n}</c>, next to the books' <c>{runId}:{instrument}:E{n}</c>, so they never repeat
/// another ExecID of the run or of another run.
/// </summary>
internal sealed class ReplyIds(string? runId)
{
    public const string Scope = "#";

    private readonly string _prefix = (runId is null ? string.Empty : runId + ":") + Scope + ":";
    private long _execs;

    public ExecId NextExec() => new(string.Create(CultureInfo.InvariantCulture, $"{_prefix}E{Interlocked.Increment(ref _execs)}"));
}
