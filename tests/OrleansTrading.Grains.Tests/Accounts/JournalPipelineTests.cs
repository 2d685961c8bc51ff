using OrleansTrading.Grains.Accounts;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Tests.Accounts;

public sealed class JournalPipelineTests
{
    [Fact]
    public async Task A_commit_with_nothing_new_completes_when_the_flush_in_progress_does()
    {
        // the account grain commits with nothing to add when an order re-sends changes it already has (recovery
        // after a restart); a flush of other orders' events may be in progress at that moment
        var journal = new GatedJournal();
        var pipeline = new JournalPipeline<string>(journal, "orders/ACC", 0, e => [], _ => Task.CompletedTask);
        pipeline.Add("order-1", 1, s => $"event {s}", Entity("order-1"));
        var first = pipeline.CommitAsync();
        var nothingNew = pipeline.CommitAsync();

        journal.Release();

        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await nothingNew.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, journal.Appends);
    }

    [Fact]
    public async Task A_commit_during_a_flush_waits_for_the_events_added_after_it_started()
    {
        var journal = new GatedJournal();
        var pipeline = new JournalPipeline<string>(journal, "orders/ACC", 0, e => [], _ => Task.CompletedTask);
        pipeline.Add("order-1", 1, s => $"event {s}", Entity("order-1"));
        var first = pipeline.CommitAsync();
        pipeline.Add("order-2", 1, s => $"event {s}", Entity("order-2"));
        var second = pipeline.CommitAsync();

        journal.Release();

        await first.WaitAsync(TimeSpan.FromSeconds(10));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, journal.Appends);
        Assert.Equal(2, pipeline.LastSequence);
    }

    private static JournalEntity Entity(string id) => new("orders/ACC", id, 1, "I", "S", "New", true, 1, ReadOnlyMemory<byte>.Empty);

    /// <summary>A journal whose first append waits until the test releases it (a flush in progress).</summary>
    private sealed class GatedJournal : IEventJournal
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _appends;

        public int Appends => Volatile.Read(ref _appends);

        public void Release() => _gate.TrySetResult();

        public async Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
        {
            await _gate.Task;
            Interlocked.Increment(ref _appends);
        }

        public Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount) => Task.FromResult<IReadOnlyList<JournalEvent>>([]);

        public Task<long> LastSequenceAsync(string stream) => Task.FromResult(0L);

        public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => Task.FromResult<JournalEntity?>(null);

        public Task<EntityPage> QueryAsync(string stream, EntityQuery query) => throw new InvalidOperationException("Not used by the pipeline.");
    }
}
