using System.Collections.Immutable;
using System.Text.Json;
using OrleansTrading.Abstractions.Audit;
using OrleansTrading.Api.Audit;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Api.Tests.Audit;

public sealed class JsonLinesAuditSinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ot-audit-").FullName;

    private static AuditRecord Record(int i) => new(
        new UnixNanos(1_800_000_000_000_000_000 + i), "alice", "SubmitOrder", $"ACC-1/c-{i}", "ok",
        ImmutableDictionary<string, string>.Empty.Add("quantity", "100").Add("note", "quote \" and \n newline"));

    [Fact]
    public async Task Each_record_is_one_json_line_on_disk_once_recorded()
    {
        var path = Path.Combine(_folder, "audit", "api.jsonl");
        await using (var sink = new JsonLinesAuditSink(path, flushToDisk: false))
        {
            await sink.RecordAsync(Record(1));

            var line = Assert.Single(await ReadSharedAsync(path));
            using var json = JsonDocument.Parse(line);
            Assert.Equal("alice", json.RootElement.GetProperty("actor").GetString());
            Assert.Equal("SubmitOrder", json.RootElement.GetProperty("action").GetString());
            Assert.Equal("ACC-1/c-1", json.RootElement.GetProperty("target").GetString());
            Assert.Equal(1_800_000_000_000_000_001, json.RootElement.GetProperty("atNanos").GetInt64());
            Assert.Equal("quote \" and \n newline", json.RootElement.GetProperty("details").GetProperty("note").GetString());
        }
    }

    [Fact]
    public async Task Concurrent_records_are_all_written_and_a_reopened_sink_appends()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        await using (var sink = new JsonLinesAuditSink(path, flushToDisk: true))
        {
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i => sink.RecordAsync(Record(i)).AsTask()));
        }

        await using (var again = new JsonLinesAuditSink(path, flushToDisk: true))
        {
            await again.RecordAsync(Record(999));
        }

        var lines = await ReadSharedAsync(path);
        Assert.Equal(201, lines.Count);
        var targets = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("target").GetString()).ToHashSet();
        Assert.Equal(201, targets.Count);
        Assert.Equal("ACC-1/c-999", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_written_record_does_not_wait_for_the_sync_a_durable_one_waits_for()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        using var syncing = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        await using var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ =>
        {
            syncing.Release();
            release.Wait();
        });

        var durable = sink.RecordAsync(Record(1), AuditDurability.Durable).AsTask();
        Assert.True(await syncing.WaitAsync(TimeSpan.FromSeconds(10)), "the durable record was never synced");
        await sink.RecordAsync(Record(2), AuditDurability.Written).AsTask().WaitAsync(TimeSpan.FromSeconds(10)); // while the sync is held

        Assert.False(durable.IsCompleted);
        Assert.Equal(2, (await ReadSharedAsync(path)).Count);
        release.Release(10);
        await durable.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Written_records_are_synced_too_without_a_durable_one_to_wait_for_it()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        using var synced = new SemaphoreSlim(0);
        await using var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ => synced.Release());

        await sink.RecordAsync(Record(1), AuditDurability.Written);

        Assert.True(await synced.WaitAsync(TimeSpan.FromSeconds(10)), "a written record was never synced");
    }

    [Fact]
    public async Task Written_records_gather_for_one_sync_which_a_durable_record_brings_forward()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        var syncs = 0;
        var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ => Interlocked.Increment(ref syncs), writtenSyncDelay: TimeSpan.FromMinutes(10));
        await using var closing = sink;

        for (var i = 0; i < 5; i++)
        {
            await sink.RecordAsync(Record(i), AuditDurability.Written);
        }

        Assert.Equal(0, Volatile.Read(ref syncs)); // written records alone wait for the delay (ten minutes here)
        await sink.RecordAsync(Record(5), AuditDurability.Durable).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, Volatile.Read(ref syncs)); // the durable record's sync, at once

        await sink.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, syncs); // and it covered the written ones: none was left for a sync at closing
    }

    [Fact]
    public async Task Written_records_waiting_for_their_sync_are_synced_when_the_sink_closes()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        var syncs = 0;
        var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ => Interlocked.Increment(ref syncs), writtenSyncDelay: TimeSpan.FromMinutes(10));
        try
        {
            await sink.RecordAsync(Record(1), AuditDurability.Written);

            await sink.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(1, syncs);
        }
        finally
        {
            await sink.DisposeAsync(); // a second dispose is harmless; it matters only when the first timed out
        }
    }

    [Fact]
    public async Task A_sync_that_fails_unexpectedly_fails_its_records_and_the_sink_goes_on()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        var calls = 0;
        await using var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new ObjectDisposedException("handle");
            }
        });

        await Assert.ThrowsAsync<IOException>(async () => await sink.RecordAsync(Record(1), AuditDurability.Durable).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        await sink.RecordAsync(Record(2), AuditDurability.Durable).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_syncing_to_disk_no_record_waits_for_a_sync()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        var syncs = 0;
        await using (var sink = new JsonLinesAuditSink(path, flushToDisk: false, _ => Interlocked.Increment(ref syncs)))
        {
            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => sink.RecordAsync(Record(i), i % 2 == 0 ? AuditDurability.Durable : AuditDurability.Written).AsTask()));
        }

        Assert.Equal(0, syncs);
        Assert.Equal(50, (await ReadSharedAsync(path)).Count);
    }

    [Fact]
    public async Task A_failed_sync_fails_the_durable_records_waiting_for_it()
    {
        var path = Path.Combine(_folder, "api.jsonl");
        await using var sink = new JsonLinesAuditSink(path, flushToDisk: true, _ => throw new IOException("disk gone"));

        await sink.RecordAsync(Record(1), AuditDurability.Written);
        var failure = await Assert.ThrowsAsync<IOException>(async () => await sink.RecordAsync(Record(2), AuditDurability.Durable));

        Assert.Contains("disk gone", failure.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<List<string>> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
