using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// Records every garbage collection during the measured run from the runtime's GC events: its generation, how long
/// the runtime was suspended for it, and what it promoted — the bytes a collection copies or marks are what make it
/// long, so this says which generation's survivors the tail comes from. Enabled with <c>--gc</c>; prints a summary per
/// generation after the run.
/// </summary>
internal sealed class GcRecorder : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Lock _gate = new();
    private readonly List<Collection> _collections = [];
    private DateTime _from = DateTime.MaxValue;
    private DateTime _to = DateTime.MaxValue;
    private DateTime _suspendedAt; // events reach a listener late and batched: their own time stamps are what count
    private int _depth = -1;
    private string _kind = "";
    private int _reason;
    private (long Gen0, long Gen1, long Gen2, long Loh) _promoted;
    private (long Gen0, long Gen1, long Gen2, long Loh) _sizes;

    // the window is applied to the events' own time stamps, so a collection delivered after Stop still counts
    public void Start() => _from = DateTime.UtcNow;

    public void Stop() => _to = DateTime.UtcNow;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || e.Payload is null)
        {
            return;
        }

        lock (_gate)
        {
            if (name.StartsWith("GCSuspendEEBegin", StringComparison.Ordinal))
            {
                // 1 = for a collection, 6 = to prepare one; other suspensions (a debugger, a rejit) are not the GC's
                _suspendedAt = Value(e, "Reason") is 1 or 6 ? e.TimeStamp : default;
            }
            else if (name.StartsWith("GCStart", StringComparison.Ordinal))
            {
                _depth = (int)Value(e, "Depth");
                _kind = (int)Value(e, "Type") switch { 1 => "background", 2 => "foreground", _ => "blocking" };
                _reason = (int)Value(e, "Reason");
            }
            else if (name.StartsWith("GCHeapStats", StringComparison.Ordinal))
            {
                _promoted = (Value(e, "TotalPromotedSize0"), Value(e, "TotalPromotedSize1"), Value(e, "TotalPromotedSize2"), Value(e, "TotalPromotedSize3"));
                _sizes = (Value(e, "GenerationSize0"), Value(e, "GenerationSize1"), Value(e, "GenerationSize2"), Value(e, "GenerationSize3"));
            }
            else if (name.StartsWith("GCRestartEEEnd", StringComparison.Ordinal) && _suspendedAt != default)
            {
                // a suspension without a GCStart of its own is a background collection's final phase
                _collections.Add(new Collection(_depth >= 0 ? $"gen{_depth} {_kind} (reason {_reason})" : "background gen2, final phase",
                    _suspendedAt.ToUniversalTime(), e.TimeStamp - _suspendedAt, _promoted, _sizes));
                _suspendedAt = default;
                _depth = -1;
            }
        }
    }

    public void Print()
    {
        lock (_gate)
        {
            Console.WriteLine("garbage collections during the measured run (pause = runtime suspended; promoted = survivors of each generation):");
            var from = _from;
            var to = _to;
            foreach (var group in _collections.Where(c => c.SuspendedAt >= from && c.SuspendedAt <= to).GroupBy(c => c.Generation).OrderBy(g => g.Key))
            {
                var pauses = group.Select(c => c.Pause.TotalMilliseconds).Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {group.Key}: {pauses.Length} suspensions, {pauses.Sum():F0} ms, pause mean {pauses.Average():F1} ms, max {pauses[^1]:F1} ms; " +
                    $"promoted mean gen0 {group.Average(c => c.Promoted.Gen0) / 1e6:F1} MB, gen1 {group.Average(c => c.Promoted.Gen1) / 1e6:F1} MB, gen2 {group.Average(c => c.Promoted.Gen2) / 1e6:F1} MB; " +
                    $"sizes after mean gen0 {group.Average(c => c.Sizes.Gen0) / 1e6:F1} MB, gen1 {group.Average(c => c.Sizes.Gen1) / 1e6:F1} MB, gen2 {group.Average(c => c.Sizes.Gen2) / 1e6:F1} MB, loh {group.Average(c => c.Sizes.Loh) / 1e6:F1} MB"));
            }
        }
    }

    private static long Value(EventWrittenEventArgs e, string name) =>
        e.PayloadNames!.IndexOf(name) is var at and >= 0 ? Convert.ToInt64(e.Payload![at], CultureInfo.InvariantCulture) : 0;

    private sealed record Collection(string Generation, DateTime SuspendedAt, TimeSpan Pause, (long Gen0, long Gen1, long Gen2, long Loh) Promoted, (long Gen0, long Gen1, long Gen2, long Loh) Sizes);
}
