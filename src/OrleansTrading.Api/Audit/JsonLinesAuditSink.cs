using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;
using OrleansTrading.Abstractions.Audit;

namespace OrleansTrading.Api.Audit;

/// <summary>
/// An append-only JSON-lines audit file: one object per line
/// (<c>{"at":"…","atNanos":…,"actor":"…","action":"…","target":"…","outcome":"…","details":{…}}</c>).
/// Records are written by one writer in arrival order; concurrent records share one write (group commit), and
/// <see cref="RecordAsync"/> completes once its record is written to the OS (survives a process kill). With
/// <c>flushToDisk</c>, a <see cref="AuditDurability.Durable"/> record also waits for a sync to the disk (survives a
/// power cut): a second stage syncs what the writer has written, once for all the records written meanwhile, while the
/// writer goes on writing — so a <see cref="AuditDurability.Written"/> record never waits behind a sync. Written records
/// are synced too, but since nobody waits for that, a sync for them alone waits up to <see cref="WrittenSyncDelay"/>
/// for more to share it (or for a durable record, which is synced at once).
/// </summary>
public sealed class JsonLinesAuditSink : IAuditSink, IAsyncDisposable
{
    /// <summary>How long written records wait, at most, for a sync of their own (they are on disk within about this).</summary>
    public static readonly TimeSpan WrittenSyncDelay = TimeSpan.FromMilliseconds(50);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<Pending> _written = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly FileStream _file;
    private readonly SafeFileHandle _handle; // taken once: the stream's getter touches its position, which the writer moves
    private readonly bool _flushToDisk;
    private readonly Task _writer;
    private readonly Task _syncer;
    private readonly Action<SafeFileHandle> _syncToDisk;
    private readonly TimeSpan _writtenSyncDelay;

    public JsonLinesAuditSink(string path, bool flushToDisk)
        : this(path, flushToDisk, RandomAccess.FlushToDisk)
    {
    }

    /// <summary>With the sync to disk replaced (tests hold it to show what waits for it), and the written records' delay.</summary>
    internal JsonLinesAuditSink(string path, bool flushToDisk, Action<SafeFileHandle> syncToDisk, TimeSpan? writtenSyncDelay = null)
    {
        _syncToDisk = syncToDisk;
        _writtenSyncDelay = writtenSyncDelay ?? WrittenSyncDelay;
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0, FileOptions.None);
        _handle = _file.SafeFileHandle;
        _flushToDisk = flushToDisk;
        _writer = Task.Run(WriteLoopAsync);
        _syncer = Task.Run(SyncLoopAsync);
    }

    public string Path { get; }

    public ValueTask RecordAsync(AuditRecord record, AuditDurability durability = AuditDurability.Durable, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(record, durability, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(JsonLinesAuditSink), "The audit sink is closed; the host is shutting down.");
        }

        return new ValueTask(pending.Done.Task.WaitAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _writer.ConfigureAwait(false);
            await _syncer.ConfigureAwait(false);
        }
        finally
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }
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
        try
        {
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

                    // written synchronously: the file is not opened for asynchronous I/O, so an asynchronous write
                    // would only hop to another pool thread and back for each batch
                    _file.Write(buffer.WrittenSpan);
                    foreach (var pending in batch)
                    {
                        if (pending.Durability == AuditDurability.Written || !_flushToDisk)
                        {
                            pending.Done.TrySetResult();
                        }

                        if (_flushToDisk)
                        {
                            // every written record is synced by the next sync; a durable one completes only then
                            _written.Writer.TryWrite(pending);
                        }
                    }
                }
                catch (Exception ex)
                {
                    Fail(batch, new IOException($"The audit record could not be written to {Path}: {ex.Message}", ex));
                }

                buffer.Clear();
                batch.Clear();
            }
        }
        finally
        {
            _written.Writer.TryComplete();
        }
    }

    /// <summary>
    /// Syncs the file to the disk for the records written so far, all of them with one sync: at once when a durable
    /// record waits for it, within <see cref="_writtenSyncDelay"/> when only written records do.
    /// </summary>
    private async Task SyncLoopAsync()
    {
        var waiting = new List<Pending>(64);
        while (await _written.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (!TakeWritten(waiting))
            {
                await GatherUntilDurableAsync(waiting).ConfigureAwait(false);
            }

            try
            {
                _syncToDisk(_handle); // covers every write before it, from any thread
                foreach (var pending in waiting)
                {
                    pending.Done.TrySetResult(); // a written record's is already set
                }
            }
            catch (Exception ex)
            {
                Fail(waiting, new IOException($"The audit record could not be synced to disk in {Path}: {ex.Message}", ex));
            }

            waiting.Clear();
        }
    }

    /// <summary>Takes every record written so far; whether one of them waits for its sync.</summary>
    private bool TakeWritten(List<Pending> waiting)
    {
        var durable = false;
        while (_written.Reader.TryRead(out var pending))
        {
            waiting.Add(pending);
            durable |= pending.Durability == AuditDurability.Durable;
        }

        return durable;
    }

    /// <summary>Only written records wait: gathers more for the same sync until a durable one comes, the delay ends or the sink closes.</summary>
    private async Task GatherUntilDurableAsync(List<Pending> waiting)
    {
        using var delay = new CancellationTokenSource(_writtenSyncDelay);
        try
        {
            while (await _written.Reader.WaitToReadAsync(delay.Token).ConfigureAwait(false))
            {
                if (TakeWritten(waiting))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (delay.IsCancellationRequested)
        {
            // the delay is over: sync what has gathered
        }
    }

    private static void Fail(List<Pending> pendings, IOException error)
    {
        foreach (var pending in pendings)
        {
            pending.Done.TrySetException(error);
        }
    }

    private sealed record Pending(AuditRecord Record, AuditDurability Durability, TaskCompletionSource Done);
}
