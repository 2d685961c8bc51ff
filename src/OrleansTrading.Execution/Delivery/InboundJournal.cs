using OrleansTrading.Execution.Storage;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Delivery;

/// <summary>
/// Closes the gap between "the FIX session has the message" and "the order grain has applied it". The session stores
/// the next expected inbound sequence number as soon as the application callback returns; a report handed to an
/// in-memory queue would be lost if the process died before the grain applied it, and the venue would never resend it.
/// So the callback writes the report here first (durably, with the venue's fsync policy); the dispatcher marks it
/// delivered once the grain has applied it; on start-up everything not marked is delivered again (the grain ignores a
/// redelivered ExecID). Delivery marks are not forced to disk: losing one only causes a harmless redelivery.
/// </summary>
internal sealed class InboundJournal : IDisposable
{
    private const byte Received = 1;
    private const byte Delivered = 2;
    private const byte NextSequence = 3;
    private const long RewriteWhenIdleAbove = 1024 * 1024;
    private const long RewriteAbove = 16 * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, byte[]> _pending = [];
    private readonly RecordPayloadWriter _writer = new();
    private readonly DurableRecordLog _log;
    private long _nextSequence = 1;

    private InboundJournal(string path, FixFsyncPolicy fsync, TimeProvider time)
    {
        _log = DurableRecordLog.Open(path, fsync, TimeSpan.FromMilliseconds(10), time, Replay);
    }

    public string Path => _log.Path;

    /// <summary>Bytes of a torn tail cut off when the journal was opened.</summary>
    public long TruncatedBytes => _log.TruncatedBytes;

    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    public static InboundJournal Open(string path, FixFsyncPolicy fsync, TimeProvider time) => new(path, fsync, time);

    /// <summary>Messages received but not yet marked delivered, in the order they arrived.</summary>
    public IReadOnlyList<JournaledMessage> Pending()
    {
        lock (_lock)
        {
            return [.. _pending.Select(p => new JournaledMessage(p.Key, p.Value))];
        }
    }

    /// <summary>Keeps <paramref name="message"/> (forced to disk as the policy says) and returns its journal sequence.</summary>
    public long Append(ReadOnlySpan<byte> message)
    {
        lock (_lock)
        {
            var sequence = _nextSequence;
            _log.Append(Received, _writer.Clear().Int64(sequence).Bytes(message).Written);
            _nextSequence++;
            _pending[sequence] = message.ToArray();
            return sequence;
        }
    }

    /// <summary>The order grain has the message: it will not be delivered again after a restart.</summary>
    public void MarkDelivered(long sequence)
    {
        lock (_lock)
        {
            if (!_pending.Remove(sequence))
            {
                return;
            }

            _log.Append(Delivered, _writer.Clear().Int64(sequence).Written, durable: false);
            var length = _log.Length;
            if ((_pending.Count == 0 && length > RewriteWhenIdleAbove) || length > RewriteAbove)
            {
                Rewrite();
            }
        }
    }

    public void Dispose() => _log.Dispose();

    private void Rewrite()
    {
        var writer = new RecordPayloadWriter();
        _log.Rewrite(append =>
        {
            append(NextSequence, writer.Clear().Int64(_nextSequence).Written);
            foreach (var (sequence, message) in _pending)
            {
                append(Received, writer.Clear().Int64(sequence).Bytes(message).Written);
            }
        });
    }

    private void Replay(byte kind, ReadOnlySpan<byte> payload)
    {
        var reader = new RecordPayloadReader(payload);
        var sequence = reader.Int64();
        switch (kind)
        {
            case Received:
                _pending[sequence] = reader.Remaining.ToArray();
                _nextSequence = Math.Max(_nextSequence, sequence + 1);
                break;
            case Delivered:
                _pending.Remove(sequence);
                break;
            case NextSequence:
                _nextSequence = Math.Max(_nextSequence, sequence);
                break;
            default:
                throw new InvalidDataException($"The inbound journal {_log?.Path} has a record of unknown kind {kind}.");
        }
    }
}
