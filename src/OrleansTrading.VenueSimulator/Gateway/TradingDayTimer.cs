namespace OrleansTrading.VenueSimulator.Gateway;

/// <summary>
/// Lets time pass for the venue: every <c>interval</c> it expires GTD orders that are due and, once the UTC time of
/// day <c>endOfDayUtc</c> has passed, ends the trading day (Day orders expire, done orders and their ClOrdIDs are
/// forgotten). The times come from the <see cref="TimeProvider"/>; the venue itself never reads a clock.
/// </summary>
internal sealed class TradingDayTimer(VenueOperations venue, TimeOnly? endOfDayUtc, TimeSpan interval, TimeProvider time) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    public void Start()
    {
        if (_loop is not null)
        {
            throw new InvalidOperationException("The trading day timer is already started.");
        }

        _loop = RunAsync(_stopping.Token);
    }

    /// <summary>The first instant strictly after <paramref name="after"/> whose UTC time of day is <paramref name="endOfDayUtc"/>.</summary>
    public static DateTimeOffset NextEndOfDay(TimeOnly endOfDayUtc, DateTimeOffset after)
    {
        var utc = after.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(endOfDayUtc), TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? nextEndOfDay = endOfDayUtc is { } first ? NextEndOfDay(first, time.GetUtcNow()) : null;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var now = time.GetUtcNow();
                var endOfDay = now >= nextEndOfDay;
                venue.PassTime(endOfDay);
                if (endOfDay)
                {
                    nextEndOfDay = NextEndOfDay(endOfDayUtc!.Value, now);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
