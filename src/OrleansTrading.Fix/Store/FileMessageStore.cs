using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace OrleansTrading.Fix.Store;

/// <summary>
/// A store in one append-only log file per session. Every change is one record
/// <c>[u32 payload length][u32 CRC-32C of the rest][u8 kind][i64 value][payload]</c> written with a single write call:
/// a sent message carries its sequence number in the same record, so the message and NextSenderSeqNum can never
/// disagree. On open the log is replayed; a torn or corrupt tail (a write cut short by a crash) fails its length or
/// CRC check and is truncated away, leaving the state as of the last complete record. A reset writes a fresh log to a
/// temporary file, flushes it and renames it over the old one. See docs/fix-engine.md for what each
/// <see cref="FixFsyncPolicy"/> survives.
/// </summary>
public sealed class FileMessageStore : IFixMessageStore
{
    private const int RecordHeaderSize = 17;
    private const int MaxPayload = 16 << 20;
    private const byte KindCreated = 1;
    private const byte KindSent = 2;
    private const byte KindNextSender = 3;
    private const byte KindNextTarget = 4;

    private readonly string _path;
    private readonly FixFsyncPolicy _policy;
    private readonly TimeSpan _batchInterval;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<int, long> _sentOffsets = [];
    private readonly ITimer? _batchTimer;
    private SafeFileHandle _handle;
    private FileStream _flusher;
    private long _length;
    private byte[] _record = new byte[1024];
    private bool _dirty;
    private long _lastFsyncTimestamp;
    private bool _disposed;

    public FileMessageStore(string path, FixFsyncPolicy policy = FixFsyncPolicy.EveryMessage, TimeSpan? batchInterval = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _policy = policy;
        _batchInterval = batchInterval ?? TimeSpan.FromMilliseconds(10);
        _time = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        (_handle, _flusher) = Open(_path);
        Recover();
        if (_policy == FixFsyncPolicy.Batched)
        {
            _batchTimer = _time.CreateTimer(_ => FlushIfDirty(), null, _batchInterval, _batchInterval);
        }
    }

    /// <summary>The log file.</summary>
    public string FilePath => _path;

    public int NextSenderSeqNum { get; private set; } = 1;

    public int NextTargetSeqNum { get; private set; } = 1;

    public DateTimeOffset CreationTime { get; private set; }

    /// <summary>Bytes dropped from a torn or corrupt tail when the file was opened (0 after a clean shutdown).</summary>
    public long RecoveredTruncatedBytes { get; private set; }

    public void StoreSent(int seqNum, ReadOnlySpan<byte> message)
    {
        lock (_lock)
        {
            var offset = Append(KindSent, seqNum, message);
            _sentOffsets[seqNum] = offset;
            NextSenderSeqNum = seqNum + 1;
        }
    }

    public void SetNextSenderSeqNum(int value)
    {
        lock (_lock)
        {
            Append(KindNextSender, value, default);
            NextSenderSeqNum = value;
        }
    }

    public void SetNextTargetSeqNum(int value)
    {
        lock (_lock)
        {
            Append(KindNextTarget, value, default);
            NextTargetSeqNum = value;
        }
    }

    public void GetSent(int begin, int endInclusive, ICollection<StoredMessage> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        lock (_lock)
        {
            ThrowIfDisposed();
            var header = new byte[RecordHeaderSize];
            for (var seqNum = Math.Max(begin, 1); seqNum <= endInclusive && seqNum < NextSenderSeqNum; seqNum++)
            {
                if (!_sentOffsets.TryGetValue(seqNum, out var offset))
                {
                    continue;
                }

                RandomAccess.Read(_handle, header, offset);
                var payload = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
                RandomAccess.Read(_handle, payload, offset + RecordHeaderSize);
                into.Add(new StoredMessage(seqNum, payload));
            }
        }
    }

    public void Reset(DateTimeOffset creationTime)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            var temporary = _path + ".tmp";
            var (handle, flusher) = Open(temporary, truncate: true);
            var record = Encode(KindCreated, creationTime.UtcTicks, default, ref _record);
            RandomAccess.Write(handle, record, 0);
            flusher.Flush(flushToDisk: true);
            flusher.Dispose();
            _flusher.Dispose();
            File.Move(temporary, _path, overwrite: true);
            (_handle, _flusher) = Open(_path);
            _length = record.Length;
            _sentOffsets.Clear();
            NextSenderSeqNum = 1;
            NextTargetSeqNum = 1;
            CreationTime = creationTime;
            _dirty = false;
        }
    }

    public void Flush()
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            _flusher.Flush(flushToDisk: true);
            _dirty = false;
            _lastFsyncTimestamp = _time.GetTimestamp();
        }
    }

    public void Dispose()
    {
        _batchTimer?.Dispose();
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_policy != FixFsyncPolicy.None && _dirty)
            {
                _flusher.Flush(flushToDisk: true);
            }

            _flusher.Dispose();
            _disposed = true;
        }
    }

    private long Append(byte kind, long value, ReadOnlySpan<byte> payload)
    {
        ThrowIfDisposed();
        var record = Encode(kind, value, payload, ref _record);
        var offset = _length;
        RandomAccess.Write(_handle, record, offset);
        _length += record.Length;
        _dirty = true;
        if (_policy == FixFsyncPolicy.EveryMessage
            || (_policy == FixFsyncPolicy.Batched && _time.GetElapsedTime(_lastFsyncTimestamp) >= _batchInterval))
        {
            _flusher.Flush(flushToDisk: true);
            _dirty = false;
            _lastFsyncTimestamp = _time.GetTimestamp();
        }

        return offset;
    }

    private void FlushIfDirty()
    {
        lock (_lock)
        {
            if (!_disposed && _dirty)
            {
                _flusher.Flush(flushToDisk: true);
                _dirty = false;
                _lastFsyncTimestamp = _time.GetTimestamp();
            }
        }
    }

    private static ReadOnlySpan<byte> Encode(byte kind, long value, ReadOnlySpan<byte> payload, ref byte[] buffer)
    {
        if (payload.Length > MaxPayload)
        {
            throw new ArgumentException($"A stored message is limited to {MaxPayload} bytes; this one has {payload.Length}.", nameof(payload));
        }

        var size = RecordHeaderSize + payload.Length;
        if (buffer.Length < size)
        {
            buffer = new byte[Math.Max(size, buffer.Length * 2)];
        }

        var record = buffer.AsSpan(0, size);
        BinaryPrimitives.WriteInt32LittleEndian(record, payload.Length);
        record[8] = kind;
        BinaryPrimitives.WriteInt64LittleEndian(record[9..], value);
        payload.CopyTo(record[RecordHeaderSize..]);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32C.Compute(record[8..]));
        return record;
    }

    private void Recover()
    {
        var fileLength = RandomAccess.GetLength(_handle);
        var header = new byte[RecordHeaderSize];
        var offset = 0L;
        var created = false;
        while (offset + RecordHeaderSize <= fileLength)
        {
            RandomAccess.Read(_handle, header, offset);
            var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (payloadLength < 0 || payloadLength > MaxPayload || offset + RecordHeaderSize + payloadLength > fileLength)
            {
                break;
            }

            var record = new byte[RecordHeaderSize + payloadLength];
            RandomAccess.Read(_handle, record, offset);
            if (Crc32C.Compute(record.AsSpan(8)) != BinaryPrimitives.ReadUInt32LittleEndian(record.AsSpan(4)))
            {
                break;
            }

            var kind = record[8];
            var value = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(9));
            switch (kind)
            {
                case KindCreated:
                    CreationTime = new DateTimeOffset(value, TimeSpan.Zero);
                    created = true;
                    break;
                case KindSent:
                    _sentOffsets[(int)value] = offset;
                    NextSenderSeqNum = (int)value + 1;
                    break;
                case KindNextSender:
                    NextSenderSeqNum = (int)value;
                    break;
                case KindNextTarget:
                    NextTargetSeqNum = (int)value;
                    break;
            }

            offset += record.Length;
        }

        if (offset < fileLength)
        {
            RecoveredTruncatedBytes = fileLength - offset;
            RandomAccess.SetLength(_handle, offset);
            _flusher.Flush(flushToDisk: true);
        }

        _length = offset;
        if (!created)
        {
            CreationTime = _time.GetUtcNow();
            _length = 0;
            RandomAccess.SetLength(_handle, 0);
            var record = Encode(KindCreated, CreationTime.UtcTicks, default, ref _record);
            RandomAccess.Write(_handle, record, 0);
            _length = record.Length;
            _flusher.Flush(flushToDisk: true);
        }
    }

    private static (SafeFileHandle Handle, FileStream Flusher) Open(string path, bool truncate = false)
    {
        var handle = File.OpenHandle(path, truncate ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        return (handle, new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0));
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
