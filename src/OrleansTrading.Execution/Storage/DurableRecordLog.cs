using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Storage;

/// <summary>
/// An append-only file of checksummed records, the durable half of the routing table and the inbound journal. Each
/// record is <c>[u32 payload length][u32 CRC-32C of kind+payload][u8 kind][payload]</c>, written with one positioned
/// write, and forced to disk according to the <see cref="FixFsyncPolicy"/> (the same policy, and the same guarantees,
/// as the FIX message store beside it). Opening replays every intact record; the first record whose length or checksum
/// does not hold — a write cut short by a crash — is cut off together with everything after it. A rewrite (compaction)
/// writes a temporary file, forces it to disk and renames it over the log, so a crash leaves either the old or the new
/// log, never a mix.
/// </summary>
internal sealed class DurableRecordLog : IDisposable
{
    public const int HeaderSize = 9;

    /// <summary>Largest payload accepted; a longer length in a header can only be a torn or corrupt record.</summary>
    public const int MaxPayload = 16 * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly FixFsyncPolicy _fsync;
    private readonly ITimer? _syncTimer;
    private SafeFileHandle _handle;
    private FileStream _flusher;
    private byte[] _scratch = new byte[512];
    private long _length;
    private bool _dirty;
    private bool _disposed;

    private DurableRecordLog(string path, FixFsyncPolicy fsync, TimeSpan syncInterval, TimeProvider time, SafeFileHandle handle, long length, long truncated)
    {
        Path = path;
        _fsync = fsync;
        _handle = handle;
        _flusher = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);
        _length = length;
        TruncatedBytes = truncated;
        if (fsync == FixFsyncPolicy.Batched)
        {
            _syncTimer = time.CreateTimer(_ => Sync(), null, syncInterval, syncInterval);
        }
    }

    public string Path { get; }

    /// <summary>Bytes of a torn or corrupt tail removed when the log was opened (0 after a clean shutdown).</summary>
    public long TruncatedBytes { get; }

    /// <summary>Records appended since the log was opened or last rewritten (drives compaction).</summary>
    public long AppendedSinceRewrite { get; private set; }

    public long Length
    {
        get
        {
            lock (_lock)
            {
                return _length;
            }
        }
    }

    /// <summary>Opens (or creates) the log at <paramref name="path"/>, handing every intact record to <paramref name="visit"/>.</summary>
    public static DurableRecordLog Open(string path, FixFsyncPolicy fsync, TimeSpan syncInterval, TimeProvider time, RecordVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var fileLength = RandomAccess.GetLength(handle);
            var content = new byte[fileLength];
            var read = 0;
            while (read < content.Length)
            {
                var n = RandomAccess.Read(handle, content.AsSpan(read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            var intact = Replay(content.AsSpan(0, read), visit);
            if (intact < fileLength)
            {
                RandomAccess.SetLength(handle, intact);
            }

            var log = new DurableRecordLog(path, fsync, syncInterval, time, handle, intact, fileLength - intact);
            if (intact < fileLength)
            {
                log._flusher.Flush(flushToDisk: true);
            }

            return log;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends one record. A <paramref name="durable"/> record is forced to disk as the policy says before this returns;
    /// a non-durable one (a delivery mark, which is safe to lose) is only written, and reaches the disk with the next sync.
    /// </summary>
    public void Append(byte kind, ReadOnlySpan<byte> payload, bool durable = true)
    {
        if (payload.Length > MaxPayload)
        {
            throw new ArgumentException($"A record payload is limited to {MaxPayload} bytes; this one has {payload.Length}.", nameof(payload));
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var size = HeaderSize + payload.Length;
            if (_scratch.Length < size)
            {
                _scratch = new byte[Math.Max(size, _scratch.Length * 2)];
            }

            Encode(kind, payload, _scratch);
            RandomAccess.Write(_handle, _scratch.AsSpan(0, size), _length);
            _length += size;
            AppendedSinceRewrite++;
            if (durable && _fsync == FixFsyncPolicy.EveryMessage)
            {
                _flusher.Flush(flushToDisk: true);
                _dirty = false;
            }
            else
            {
                _dirty = true;
            }
        }
    }

    /// <summary>
    /// Replaces the whole log with the records <paramref name="write"/> produces: written to <c>….tmp</c>, forced to disk,
    /// then renamed over the log.
    /// </summary>
    public void Rewrite(Action<Action<byte, ReadOnlySpan<byte>>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var temporary = Path + ".tmp";
            long length = 0;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
            {
                var buffer = new byte[512];
                write((kind, payload) =>
                {
                    var size = HeaderSize + payload.Length;
                    if (buffer.Length < size)
                    {
                        buffer = new byte[Math.Max(size, buffer.Length * 2)];
                    }

                    Encode(kind, payload, buffer);
                    stream.Write(buffer, 0, size);
                    length += size;
                });
                stream.Flush(flushToDisk: true);
            }

            _flusher.Dispose();
            _handle.Dispose();
            File.Move(temporary, Path, overwrite: true);
            _handle = File.OpenHandle(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            _flusher = new FileStream(_handle, FileAccess.ReadWrite, bufferSize: 0);
            _length = length;
            _dirty = false;
            AppendedSinceRewrite = 0;
        }
    }

    /// <summary>Forces everything written so far to disk (a no-op when nothing is pending).</summary>
    public void Sync()
    {
        lock (_lock)
        {
            if (_dirty && !_disposed)
            {
                _flusher.Flush(flushToDisk: true);
                _dirty = false;
            }
        }
    }

    public void Dispose()
    {
        _syncTimer?.Dispose();
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_dirty)
            {
                _flusher.Flush(flushToDisk: true);
            }

            _disposed = true;
            _flusher.Dispose();
            _handle.Dispose();
        }
    }

    private static void Encode(byte kind, ReadOnlySpan<byte> payload, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], RecordChecksum.Compute(kind, payload));
        destination[8] = kind;
        payload.CopyTo(destination[HeaderSize..]);
    }

    /// <summary>Visits intact records in order; returns the length of the intact prefix.</summary>
    private static long Replay(ReadOnlySpan<byte> content, RecordVisitor visit)
    {
        var offset = 0;
        while (content.Length - offset >= HeaderSize)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(content[offset..]);
            if (length > MaxPayload || length > (uint)(content.Length - offset - HeaderSize))
            {
                break;
            }

            var checksum = BinaryPrimitives.ReadUInt32LittleEndian(content[(offset + 4)..]);
            var kind = content[offset + 8];
            var payload = content.Slice(offset + HeaderSize, (int)length);
            if (RecordChecksum.Compute(kind, payload) != checksum)
            {
                break;
            }

            visit(kind, payload);
            offset += HeaderSize + (int)length;
        }

        return offset;
    }
}
