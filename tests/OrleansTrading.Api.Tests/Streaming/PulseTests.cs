using OrleansTrading.Api.Streaming;

namespace OrleansTrading.Api.Tests.Streaming;

public sealed class PulseTests
{
    [Fact]
    public async Task A_signal_between_reading_the_version_and_waiting_is_not_lost()
    {
        var pulse = new Pulse();
        var seen = pulse.Version;
        pulse.Signal();

        var wait = pulse.WaitAsync(seen, TimeSpan.FromHours(1), CancellationToken.None);

        Assert.True(wait.IsCompleted);
        await wait;
    }

    [Fact]
    public async Task A_waiter_wakes_on_the_next_signal()
    {
        var pulse = new Pulse();
        var wait = pulse.WaitAsync(pulse.Version, TimeSpan.FromHours(1), CancellationToken.None);
        Assert.False(wait.IsCompleted);

        pulse.Signal();

        await wait.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, pulse.Version);
    }

    [Fact]
    public async Task Without_a_signal_the_wait_ends_at_the_poll_interval()
    {
        var pulse = new Pulse();

        await pulse.WaitAsync(pulse.Version, TimeSpan.FromMilliseconds(1), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, pulse.Version);
    }

    [Fact]
    public async Task Cancellation_ends_the_wait()
    {
        var pulse = new Pulse();
        using var cancel = new CancellationTokenSource();
        var wait = pulse.WaitAsync(pulse.Version, TimeSpan.FromHours(1), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
