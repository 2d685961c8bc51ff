using OrleansTrading.Grains.Accounts;
using OrleansTrading.Persistence.Journal;

namespace OrleansTrading.Grains.Tests.Accounts;

/// <summary>
/// The account's group-commit pipeline, on a journal whose appends the test completes — at once (as a fast store
/// can: the append finishes before its caller could record it as running) or when the test says so.
/// </summary>
public sealed class JournalPipelineTests
{
    private static readonly JournalEntity _entity = new("s", "order-1", 1, "", "", "New", true, 1, Array.Empty<byte>());

    [Fact]
    public void Commits_keep_flowing_when_appends_complete_synchronously()
    {
        var journal = new ControlledJournal { CompleteAtOnce = true };
        var pipeline = NewPipeline(journal);

        for (var i = 1; i <= 3; i++)
        {
            pipeline.Add("order-1", i, seq => seq, _entity);
            var commit = pipeline.CommitAsync();
            Assert.True(commit.IsCompletedSuccessfully, $"commit {i} did not complete");
        }

        Assert.Equal([1L, 2L, 3L], journal.Appended.SelectMany(a => a).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Events_added_while_an_append_is_in_flight_go_in_the_next_append()
    {
        var journal = new ControlledJournal();
        var pipeline = NewPipeline(journal);
        pipeline.Add("order-1", 1, seq => seq, _entity);
        var first = pipeline.CommitAsync();
        pipeline.Add("order-1", 2, seq => seq, _entity);
        pipeline.Add("order-1", 3, seq => seq, _entity);
        var second = pipeline.CommitAsync();

        journal.CompleteNext();
        await first;
        Assert.False(second.IsCompleted);
        journal.CompleteNext();
        await second;

        Assert.Equal([[1L], [2L, 3L]], journal.Appended.Select(a => a.Select(e => e.Sequence).ToArray()));
    }

    [Fact]
    public async Task A_commit_with_nothing_pending_waits_for_the_append_in_flight_and_then_completes()
    {
        var journal = new ControlledJournal();
        var pipeline = NewPipeline(journal);
        pipeline.Add("order-1", 1, seq => seq, _entity);
        var adding = pipeline.CommitAsync();

        var confirming = pipeline.CommitAsync();
        Assert.False(confirming.IsCompleted);
        journal.CompleteNext();

        await adding;
        await confirming.WaitAsync(TimeSpan.FromSeconds(10));
        pipeline.Add("order-1", 2, seq => seq, _entity);
        var next = pipeline.CommitAsync();
        journal.CompleteNext();
        await next.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_failed_append_fails_its_waiters_and_marks_the_pipeline_broken()
    {
        var journal = new ControlledJournal();
        var pipeline = NewPipeline(journal);
        pipeline.Add("order-1", 1, seq => seq, _entity);
        var commit = pipeline.CommitAsync();

        journal.FailNext(new JournalSequenceConflictException("s", 1));

        await Assert.ThrowsAsync<JournalSequenceConflictException>(() => commit);
        Assert.True(pipeline.Broken);

        // a later commit, even with nothing of its own pending, must not confirm anything the failed flush lost
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.CommitAsync());
    }

    [Fact]
    public async Task Only_appended_events_count_as_committed()
    {
        var journal = new ControlledJournal();
        var pipeline = NewPipeline(journal);
        pipeline.Add("order-1", 1, seq => seq, _entity);
        var commit = pipeline.CommitAsync();

        Assert.Equal(1, pipeline.LastSequence);
        Assert.Equal(0, pipeline.CommittedSequence);
        journal.CompleteNext();
        await commit;
        Assert.Equal(1, pipeline.CommittedSequence);
    }

    [Fact]
    public async Task An_order_whose_events_are_split_across_appends_is_not_claimed_whole_by_the_first()
    {
        var journal = new ControlledJournal { CompleteAtOnce = true };
        var pipeline = NewPipeline(journal);
        var other = _entity with { Entity = "order-0" };
        for (var i = 1; i <= 29; i++)
        {
            pipeline.Add("order-0", i, seq => seq, other with { LastEntityNumber = i });
        }

        // one call's four versions of order-1, ending filled and closed: the first append takes only version 1
        var filled = _entity with { Status = "Filled", IsOpen = false, LastEntityNumber = 4 };
        for (var v = 1; v <= 4; v++)
        {
            pipeline.Add("order-1", v, seq => seq, filled);
        }

        await pipeline.CommitAsync();

        Assert.Equal([30, 3], journal.Appended.Select(a => a.Count));
        var first = journal.Rows[0].Single(r => r.Entity == "order-1");
        Assert.Equal(1, first.LastEntityNumber);
        Assert.True(first.IsOpen, "until its last version is journaled the order counts as open, so recovery finds it");
        Assert.Equal(filled, journal.Rows[1].Single(r => r.Entity == "order-1"));
        Assert.Equal(29, journal.Rows[0].Single(r => r.Entity == "order-0").LastEntityNumber);
    }

    [Fact]
    public async Task Committed_events_are_handed_on_in_order_only_once_their_append_is_durable()
    {
        var journal = new ControlledJournal();
        var handed = new List<long[]>();
        var pipeline = NewPipeline(journal, events => handed.Add([.. events]));
        pipeline.Add("order-1", 1, seq => seq, _entity);
        var first = pipeline.CommitAsync();
        pipeline.Add("order-1", 2, seq => seq, _entity);
        pipeline.Add("order-1", 3, seq => seq, _entity);
        var second = pipeline.CommitAsync();
        Assert.Empty(handed);

        journal.CompleteNext();
        await first;
        Assert.Equal([[1L]], handed);
        journal.FailNext(new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => second);

        Assert.Equal([[1L]], handed); // the failed append's events were never durable, so nobody hears of them
    }

    private static JournalPipeline<long> NewPipeline(IEventJournal journal, Action<IReadOnlyList<long>>? committed = null) =>
        new(journal, "s", 0, value => BitConverter.GetBytes(value), committed ?? (_ => { }));

    /// <summary>A journal whose appends complete when the test says (or at once), recording what was appended.</summary>
    private sealed class ControlledJournal : IEventJournal
    {
        private readonly Queue<TaskCompletionSource> _inFlight = new();

        public bool CompleteAtOnce { get; init; }

        public List<IReadOnlyList<JournalEvent>> Appended { get; } = [];

        public List<IReadOnlyList<JournalEntity>> Rows { get; } = [];

        public Task AppendAsync(string stream, IReadOnlyList<JournalEvent> events, IReadOnlyList<JournalEntity> entities)
        {
            Appended.Add(events);
            Rows.Add(entities);
            if (CompleteAtOnce)
            {
                return Task.CompletedTask;
            }

            var append = new TaskCompletionSource();
            _inFlight.Enqueue(append);
            return append.Task;
        }

        public void CompleteNext() => _inFlight.Dequeue().SetResult();

        public void FailNext(Exception ex) => _inFlight.Dequeue().SetException(ex);

        public Task<IReadOnlyList<JournalEvent>> ReadAsync(string stream, long afterSequence, int maxCount) => throw new InvalidOperationException("not used by the pipeline");

        public Task<long> LastSequenceAsync(string stream) => throw new InvalidOperationException("not used by the pipeline");

        public Task<JournalEntity?> GetEntityAsync(string stream, string entity, long createdNanos) => throw new InvalidOperationException("not used by the pipeline");

        public Task<JournalEntity?> FindEntityAsync(string stream, string entity) => throw new InvalidOperationException("not used by the pipeline");

        public Task<EntityPage> QueryAsync(string stream, EntityQuery query) => throw new InvalidOperationException("not used by the pipeline");
    }
}
