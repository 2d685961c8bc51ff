using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// The journal log on disk: a folder of segment files, each named by the position of its first record and written
/// strictly at its end. <see cref="Append"/> writes a batch of records with one system call and, when the log is
/// power-loss-safe, forces it to disk before returning (group commit: one fsync per batch). A segment is retired once
/// every record in it is applied to the database (<see cref="Release"/>). Opening reads every intact record back; a
/// torn record at the end of the last segment (a write a crash cut short, never acknowledged) is cut off.
/// </summary>
internal sealed partial class JournalLogFile : IDisposable
{
    private readonly Lock _segmentsLock = new();
    private readonly List<Segment> _segments = [];
    private readonly string _folder;
    private readonly bool _forceToDisk;
    private readonly long _segmentBytes;
    private SafeFileHandle? _handle;
    private FileStream? _flusher;
    private long _length;
    private string? _broken;

    private JournalLogFile(string folder, bool forceToDisk, long segmentBytes)
    {
        _folder = folder;
        _forceToDisk = forceToDisk;
        _segmentBytes = segmentBytes;
    }

    /// <summary>Bytes of torn records cut off when the log was opened (0 after a clean shutdown).</summary>
    public long TruncatedBytes { get; private set; }

    /// <summary>
    /// Opens the log in <paramref name="folder"/> and returns every intact record in it, in log order. A record that
    /// does not hold anywhere but at the end of the last segment is corruption, not a torn write: opening fails.
    /// </summary>
    public static (JournalLogFile Log, List<LoggedAppend> Records) Open(string folder, bool forceToDisk, long segmentBytes)
    {
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            if (forceToDisk)
            {
                ForceFolderToDisk(Path.GetDirectoryName(Path.GetFullPath(folder))!);
            }
        }

        var log = new JournalLogFile(folder, forceToDisk, segmentBytes);
        var records = new List<LoggedAppend>();
        var files = Directory.GetFiles(folder, "*" + Extension)
            .Select(path => (Path: path, First: ParseFirstPosition(path)))
            .OrderBy(f => f.First)
            .ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var (path, first) = files[i];
            var content = File.ReadAllBytes(path);
            var offset = 0;
            while (LogRecordCodec.TryRead(content.AsSpan(offset), out var record, out var length))
            {
                records.Add(record!);
                offset += length;
            }

            if (offset < content.Length)
            {
                if (i < files.Count - 1 || IntactRecordFollows(content, offset))
                {
                    throw new InvalidDataException(
                        $"Journal log segment {path} has an unreadable record at byte {offset} of {content.Length}, and more of the log follows it: " +
                        "the log is damaged, not torn by a crash. Restore the data folder from a backup.");
                }

                using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    RandomAccess.SetLength(handle, offset);
                    if (forceToDisk)
                    {
                        using var flusher = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);
                        flusher.Flush(flushToDisk: true); // or the torn bytes could come back after a power cut, mid-log
                    }
                }

                log.TruncatedBytes = content.Length - offset;
            }

            if (offset == 0)
            {
                File.Delete(path); // created, then nothing written before the crash: its position is still free
                continue;
            }

            log._segments.Add(new Segment(path, first));
        }

        return (log, records);
    }

    /// <summary>
    /// Writes <paramref name="records"/> (whole records, the first at <paramref name="firstPosition"/>) at the end of
    /// the log, starting a new segment first when the current one is full, and forces them to disk when the log is
    /// power-loss-safe. On failure the log is cut back to where it was, so no partial record stays in front of later ones.
    /// </summary>
    public void Append(ReadOnlySpan<byte> records, long firstPosition)
    {
        if (_broken is { } broken)
        {
            throw new IOException($"The journal log could not cut a failed write back and takes no more appends; restart the silo (its start cuts the torn write off). {broken}");
        }

        if (_handle is null || _length >= _segmentBytes)
        {
            StartSegment(firstPosition);
        }

        try
        {
            RandomAccess.Write(_handle!, records, _length);
            if (_forceToDisk)
            {
                _flusher!.Flush(flushToDisk: true);
            }

            _length += records.Length;
        }
        catch
        {
            try
            {
                RandomAccess.SetLength(_handle!, _length);
            }
            catch (Exception cut)
            {
                _broken = cut.Message; // bytes of the failed write may stay in front of the next one: stop here
            }

            throw;
        }
    }

    /// <summary>Closes the segment being written; with <paramref name="deleteAll"/> (every record applied) deletes every segment.</summary>
    public void Close(bool deleteAll)
    {
        _flusher?.Dispose();
        _handle?.Dispose();
        _flusher = null;
        _handle = null;
        if (!deleteAll)
        {
            return;
        }

        lock (_segmentsLock)
        {
            if (Directory.Exists(_folder))
            {
                foreach (var segment in _segments)
                {
                    File.Delete(segment.Path);
                }
            }

            _segments.Clear();
        }
    }

    /// <summary>
    /// Whether a whole, intact record starts anywhere after the bad one at <paramref name="offset"/>. A crash tears only
    /// the last write, so acknowledged records after a bad one mean damage, and cutting them off would lose them.
    /// </summary>
    private static bool IntactRecordFollows(byte[] content, int offset)
    {
        for (var at = offset + 1; at + LogRecordCodec.HeaderSize <= content.Length; at++)
        {
            if (LogRecordCodec.TryRead(content.AsSpan(at), out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Deletes the segments whose every record is at or before <paramref name="appliedThrough"/> (never the one being written).</summary>
    public void Release(long appliedThrough)
    {
        List<Segment> retired;
        lock (_segmentsLock)
        {
            var count = 0;
            while (count < _segments.Count - 1 && _segments[count + 1].FirstPosition - 1 <= appliedThrough)
            {
                count++;
            }

            retired = _segments.GetRange(0, count);
            _segments.RemoveRange(0, count);
        }

        foreach (var segment in retired)
        {
            File.Delete(segment.Path);
        }
    }

    public void Dispose()
    {
        _flusher?.Dispose();
        _handle?.Dispose();
    }

    private void StartSegment(long firstPosition)
    {
        var path = Path.Combine(_folder, firstPosition.ToString("D19", CultureInfo.InvariantCulture) + Extension);
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (RandomAccess.GetLength(handle) != 0)
        {
            handle.Dispose();
            throw new InvalidOperationException($"Journal log segment {path} already exists; the log's positions went backwards.");
        }

        if (_forceToDisk)
        {
            ForceFolderToDisk(_folder); // the new file's name must survive a power cut as well as its records
        }

        _flusher?.Dispose();
        _handle?.Dispose();
        _handle = handle;
        _flusher = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);
        _length = 0;
        lock (_segmentsLock)
        {
            _segments.Add(new Segment(path, firstPosition));
        }
    }

    private static long ParseFirstPosition(string path) =>
        long.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            ? first
            : throw new InvalidDataException($"Journal log folder holds {path}, which is not a segment (named by its first position).");

    private static void ForceFolderToDisk(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var descriptor = OpenFolder(folder, OpenReadOnly | OpenDirectory);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open {folder} to force it to disk (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"fsync of {folder} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private const string Extension = ".log";
    private const int OpenReadOnly = 0;
    private const int OpenDirectory = 0x10000;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFolder(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);

    private sealed record Segment(string Path, long FirstPosition);
}
