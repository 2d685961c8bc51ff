using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using OrleansTrading.Abstractions.Audit;

namespace OrleansTrading.Api.Audit;

/// <summary>
/// An append-only JSON-lines audit file: one object per line
/// (<c>{"at":"…","atNanos":…,"actor":"…","action":"…","target":"…","outcome":"…","details":{…}}</c>).
/// Records are written by one writer in arrival order; concurrent records share one write and one flush (group
/// commit), and <see cref="RecordAsync"/> completes only when its record is flushed — to the OS (survives a process
/// kill) or, with <c>flushToDisk</c>, to the disk (survives a power cut).
/// </summary>
public sealed class JsonLinesAuditSink : IAuditSink, IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly FileStream _file;
    private readonly bool _flushToDisk;
    private readonly Task _writer;

    public JsonLinesAuditSink(string path, bool flushToDisk)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.None);
        _flushToDisk = flushToDisk;
        _writer = Task.Run(WriteLoopAsync);
    }

    public string Path { get; }

    public ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(record, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(JsonLinesAuditSink), "The audit sink is closed; the host is shutting down.");
        }

        return new ValueTask(pending.Done.Task.WaitAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Serialises one record as one JSON line (UTF-8, no indentation, newline-terminated).</summary>
    public static void WriteLine(IBufferWriter<byte> output, AuditRecord record)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("at", record.At.ToString());
            json.WriteNumber("atNanos", record.At.Value);
            json.WriteString("actor", record.Actor);
            json.WriteString("action", record.Action);
            json.WriteString("target", record.Target);
            json.WriteString("outcome", record.Outcome);
            json.WriteStartObject("details");
            if (record.Details is not null)
            {
                foreach (var (key, value) in record.Details.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    json.WriteString(key, value);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var batch = new List<Pending>(64);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < 1024 && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                foreach (var pending in batch)
                {
                    WriteLine(buffer, pending.Record);
                }

                // written synchronously, as the flush after it is: the file is not opened for asynchronous I/O, so an
                // asynchronous write would only hop to another pool thread and back for each batch
                _file.Write(buffer.WrittenSpan);
                _file.Flush(_flushToDisk);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(new IOException($"The audit record could not be written to {Path}: {ex.Message}", ex));
                }
            }

            buffer.Clear();
            batch.Clear();
        }
    }

    private sealed record Pending(AuditRecord Record, TaskCompletionSource Done);
}
