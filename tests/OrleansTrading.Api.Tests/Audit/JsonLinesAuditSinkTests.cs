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
