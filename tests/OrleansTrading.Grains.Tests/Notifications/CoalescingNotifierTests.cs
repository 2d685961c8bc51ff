using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using OrleansTrading.Grains.Notifications;

namespace OrleansTrading.Grains.Tests.Notifications;

public sealed class CoalescingNotifierTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly Channel<int[]> _published = Channel.CreateUnbounded<int[]>();
    private readonly List<Exception> _failures = [];

    [Fact]
    public async Task The_first_change_after_a_quiet_spell_is_published_at_once()
    {
        var notifier = Notifier();

        notifier.Add(1);

        Assert.Equal(new[] { 1 }, await NextAsync());
    }

    [Fact]
    public async Task Changes_within_the_window_go_out_together_in_order_at_its_end()
    {
        var notifier = Notifier();
        notifier.Add(1);
        Assert.Equal(new[] { 1 }, await NextAsync());

        notifier.Add(2);
        notifier.AddRange([3, 4]);
        _time.Advance(Window / 2);
        notifier.Add(5);
        Assert.False(_published.Reader.TryRead(out _), "published before the window ended");

        _time.Advance(Window / 2);

        Assert.Equal(new[] { 2, 3, 4, 5 }, await NextAsync());
        Assert.Equal(2, notifier.Publications);
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task A_change_after_the_window_has_passed_goes_out_at_once()
    {
        var notifier = Notifier();
        notifier.Add(1);
        Assert.Equal(new[] { 1 }, await NextAsync());

        _time.Advance(Window);
        notifier.Add(2);

        Assert.Equal(new[] { 2 }, await NextAsync());
    }

    [Fact]
    public async Task Publications_never_overlap_and_what_arrives_meanwhile_follows_in_one()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var most = 0;
        var notifier = new CoalescingNotifier<int>(async items =>
        {
            most = Math.Max(most, Interlocked.Increment(ref inFlight));
            await release.Task;
            Interlocked.Decrement(ref inFlight);
            await _published.Writer.WriteAsync([.. items]);
        }, TimeSpan.Zero, _time, _failures.Add);

        notifier.Add(1);
        notifier.Add(2);
        notifier.Add(3);
        release.SetResult();

        Assert.Equal(new[] { 1 }, await NextAsync());
        Assert.Equal(new[] { 2, 3 }, await NextAsync());
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task A_failed_publication_is_reported_and_later_changes_still_go_out()
    {
        var attempts = 0;
        var notifier = new CoalescingNotifier<int>(async items =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                throw new InvalidOperationException("stream unavailable");
            }

            await _published.Writer.WriteAsync([.. items]);
        }, Window, _time, _failures.Add);

        notifier.Add(1);
        _time.Advance(Window);
        notifier.Add(2);

        Assert.Equal(new[] { 2 }, await NextAsync());
        Assert.Equal("stream unavailable", Assert.Single(_failures).Message);
    }

    [Fact]
    public async Task Flushing_publishes_what_waits_for_the_window_without_waiting_for_it()
    {
        var notifier = Notifier();
        notifier.Add(1);
        Assert.Equal(new[] { 1 }, await NextAsync());
        notifier.Add(2);

        await notifier.FlushAsync().WaitAsync(Patience);

        Assert.Equal(new[] { 2 }, await NextAsync());
        Assert.Equal(TimeSpan.Zero, _time.GetUtcNow() - new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_backlog_goes_out_in_publications_of_at_most_the_cap_in_order()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var notifier = new CoalescingNotifier<int>(async items =>
        {
            await release.Task;
            await _published.Writer.WriteAsync([.. items]);
        }, TimeSpan.Zero, _time, _failures.Add);
        var cap = CoalescingNotifier<int>.MaxItemsPerPublication;

        notifier.Add(0);
        notifier.AddRange([.. Enumerable.Range(1, 2 * cap + 500)]);
        release.SetResult();

        Assert.Equal(new[] { 0 }, await NextAsync());
        Assert.Equal(Enumerable.Range(1, cap), await NextAsync());
        Assert.Equal(Enumerable.Range(cap + 1, cap), await NextAsync());
        Assert.Equal(Enumerable.Range(2 * cap + 1, 500), await NextAsync());
    }

    [Fact]
    public async Task An_ending_activation_waits_for_a_stuck_publication_only_as_long_as_it_may()
    {
        var never = new TaskCompletionSource();
        var notifier = new CoalescingNotifier<int>(_ => never.Task, Window, _time, _failures.Add);
        notifier.Add(1);
        using var deadline = new CancellationTokenSource();

        var flushing = notifier.FlushAsync(deadline.Token);
        Assert.False(flushing.IsCompleted);
        await deadline.CancelAsync();

        await flushing.WaitAsync(Patience);
    }

    private CoalescingNotifier<int> Notifier() =>
        new(items => _published.Writer.WriteAsync([.. items]).AsTask(), Window, _time, _failures.Add);

    private async Task<int[]> NextAsync() => await _published.Reader.ReadAsync().AsTask().WaitAsync(Patience);
}
