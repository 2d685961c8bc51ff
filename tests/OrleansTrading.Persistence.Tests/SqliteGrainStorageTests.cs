using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansTrading.Testing;

namespace OrleansTrading.Persistence.Tests;

[GenerateSerializer]
public sealed class CounterState
{
    [Id(0)] public int Value { get; set; }

    [Id(1)] public string Note { get; set; } = "";
}

public sealed class SqliteGrainStorageTests : IAsyncLifetime
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddSerializer().BuildServiceProvider();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ot-sqlite-" + Guid.NewGuid().ToString("N"));
    private SqliteDatabase _database = null!;
    private SqliteGrainStorage _storage = null!;

    public Task InitializeAsync()
    {
        _storage = Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Missing_record_reads_as_new_state_without_etag()
    {
        var state = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", Grain("a"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State!.Value);
    }

    [Fact]
    public async Task Written_state_is_read_back_after_the_store_is_reopened()
    {
        var state = new GrainState<CounterState> { State = new CounterState { Value = 42, Note = "kept" } };
        await _storage.WriteStateAsync("counter", Grain("a"), state);
        await _database.DisposeAsync();
        _storage = Open();

        var read = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", Grain("a"), read);

        Assert.True(read.RecordExists);
        Assert.Equal(42, read.State!.Value);
        Assert.Equal("kept", read.State.Note);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var first = new GrainState<CounterState> { State = new CounterState { Value = 1 } };
        await _storage.WriteStateAsync("counter", Grain("a"), first);
        var stale = new GrainState<CounterState> { State = new CounterState { Value = 99 }, ETag = first.ETag };
        first.State.Value = 2;
        await _storage.WriteStateAsync("counter", Grain("a"), first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("counter", Grain("a"), stale));

        var read = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", Grain("a"), read);
        Assert.Equal(2, read.State!.Value);
    }

    [Fact]
    public async Task Insert_is_refused_when_a_record_already_exists()
    {
        await _storage.WriteStateAsync("counter", Grain("a"), new GrainState<CounterState> { State = new CounterState { Value = 1 } });

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            _storage.WriteStateAsync("counter", Grain("a"), new GrainState<CounterState> { State = new CounterState { Value = 5 } }));
    }

    [Fact]
    public async Task Cleared_state_reads_as_missing()
    {
        var state = new GrainState<CounterState> { State = new CounterState { Value = 7 } };
        await _storage.WriteStateAsync("counter", Grain("a"), state);
        await _storage.ClearStateAsync("counter", Grain("a"), state);

        var read = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", Grain("a"), read);

        Assert.False(read.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task States_are_kept_apart_by_state_name_and_grain()
    {
        await _storage.WriteStateAsync("counter", Grain("a"), new GrainState<CounterState> { State = new CounterState { Value = 1 } });
        await _storage.WriteStateAsync("counter", Grain("b"), new GrainState<CounterState> { State = new CounterState { Value = 2 } });
        await _storage.WriteStateAsync("other", Grain("a"), new GrainState<CounterState> { State = new CounterState { Value = 3 } });

        Assert.Equal(1, await ReadValue("counter", "a"));
        Assert.Equal(2, await ReadValue("counter", "b"));
        Assert.Equal(3, await ReadValue("other", "a"));
    }

    [Fact]
    public async Task Concurrent_writes_are_joined_into_fewer_commits_and_all_become_durable()
    {
        const int Writers = 400;
        var states = Enumerable.Range(0, Writers)
            .Select(i => new GrainState<CounterState> { State = new CounterState { Value = i } })
            .ToArray();
        var gate = new TaskCompletionSource();
        var writes = states.Select((s, i) => Task.Run(async () =>
        {
            await gate.Task;
            await _storage.WriteStateAsync("counter", Grain("g" + i), s);
        })).ToArray();
        var commitsBefore = _storage.Commits;
        gate.SetResult();
        await Task.WhenAll(writes);

        Assert.True(_storage.Commits - commitsBefore < Writers, $"expected batching, saw {_storage.Commits - commitsBefore} commits for {Writers} writes");
        await _database.DisposeAsync();
        _storage = Open();
        for (var i = 0; i < Writers; i++)
        {
            Assert.Equal(i, await ReadValue("counter", "g" + i));
        }
    }

    [Fact]
    public async Task A_conflict_fails_only_its_own_write_in_a_batch()
    {
        var existing = new GrainState<CounterState> { State = new CounterState { Value = 1 } };
        await _storage.WriteStateAsync("counter", Grain("a"), existing);
        var conflicting = new GrainState<CounterState> { State = new CounterState { Value = 9 }, ETag = "12345" };
        var good = Enumerable.Range(0, 50).Select(i => _storage.WriteStateAsync("counter", Grain("ok" + i), new GrainState<CounterState> { State = new CounterState { Value = i } })).ToList();
        var bad = _storage.WriteStateAsync("counter", Grain("a"), conflicting);

        await Assert.ThrowsAsync<InconsistentStateException>(() => bad);
        await Task.WhenAll(good);
        Assert.Equal(49, await ReadValue("counter", "ok49"));
        Assert.Equal(1, await ReadValue("counter", "a"));
    }

    private async Task<int> ReadValue(string stateName, string key)
    {
        var read = new GrainState<CounterState>();
        await _storage.ReadStateAsync(stateName, Grain(key), read);
        return read.State!.Value;
    }

    [Fact]
    public async Task Committed_pages_are_copied_into_the_database_file_in_the_background()
    {
        // far fewer frames than the writer's own checkpoint threshold: only the background checkpointer moves them
        var databaseFile = new FileInfo(Path.Combine(_folder, "grains.db"));
        var writes = Enumerable.Range(0, 200).Select(i => _storage.WriteStateAsync(
            "counter", Grain("k" + i), new GrainState<CounterState> { State = new CounterState { Value = i, Note = new string('x', 500) } }));
        await Task.WhenAll(writes);

        await Eventually.TrueAsync(() =>
        {
            databaseFile.Refresh();
            return _database.Checkpoints > 0 && databaseFile.Length > 16 * 4096;
        }, "the background checkpointer copies the WAL's pages into the database file");

        await _database.DisposeAsync();
        _storage = Open();
        var read = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", Grain("k199"), read);
        Assert.Equal(199, read.State!.Value);
    }

    private static GrainId Grain(string key) => GrainId.Create("counter", key);

    private SqliteGrainStorage Open()
    {
        _database = new SqliteDatabase(new SqliteGrainStorageOptions { DatabasePath = Path.Combine(_folder, "grains.db") }, NullLogger<SqliteDatabase>.Instance);
        return new SqliteGrainStorage(_database, new OrleansGrainStorageSerializer(Services.GetRequiredService<Serializer>()));
    }
}
