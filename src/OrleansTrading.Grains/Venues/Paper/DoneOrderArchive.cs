using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Orleans.Serialization;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Grains.Venues.Paper;

/// <summary>
/// The reports of orders the paper venue has finished with, kept for re-sends and status requests without costing the
/// garbage collector: each done order's key and serialized reports go into large append-only chunks, and the index
/// from a key's 128-bit hash to its place is a dictionary of structs. So a retained order is no managed object of its
/// own — kept as lists of report objects, hundreds of thousands of done orders were objects every collection had to
/// promote, copy and mark for ten minutes.
/// <para>
/// Orders leave in the order they came (<see cref="Prune"/>); a chunk's memory goes when its last order has. A lookup
/// compares the stored key, so a hash collision can only make the older of two orders unknown, never answer with
/// another order's reports.
/// </para>
/// </summary>
internal sealed class DoneOrderArchive(Serializer serializer, int chunkBytes = DoneOrderArchive.DefaultChunkBytes)
{
    /// <summary>About two thousand done orders per chunk: large enough to live on the large object heap and never move.</summary>
    public const int DefaultChunkBytes = 1 << 20;

    private readonly Dictionary<UInt128, Location> _index = [];
    private readonly Queue<Entry> _entries = new();
    private readonly List<Chunk> _chunks = [];
    private long _firstChunk; // the number of _chunks[0]

    /// <summary>Done orders currently kept.</summary>
    public int Count => _entries.Count;

    /// <summary>Bytes held in chunks, used or not.</summary>
    public long ReservedBytes => _chunks.Sum(c => (long)c.Data.Length);

    /// <summary>Keeps a done order's reports; an order archived again replaces what was kept for it.</summary>
    public void Add(string orderKey, IReadOnlyList<ExecutionReport> reports, UnixNanos doneAt)
    {
        var payload = serializer.SerializeToArray(ImmutableArray.CreateRange(reports));
        var keyBytes = Encoding.UTF8.GetByteCount(orderKey);
        var length = sizeof(int) + keyBytes + payload.Length;
        var chunk = ChunkWithRoom(length);
        var at = chunk.Used;
        var span = chunk.Data.AsSpan(at, length);
        BitConverter.TryWriteBytes(span, keyBytes);
        Encoding.UTF8.GetBytes(orderKey, span.Slice(sizeof(int), keyBytes));
        payload.CopyTo(span[(sizeof(int) + keyBytes)..]);
        chunk.Used += length;
        chunk.Live++;

        var hash = XxHash128.HashToUInt128(span.Slice(sizeof(int), keyBytes));
        var location = new Location(_firstChunk + _chunks.Count - 1, at, length);
        _index[hash] = location;
        _entries.Enqueue(new Entry(hash, location, doneAt));
    }

    /// <summary>The reports kept for a done order, if it is still kept.</summary>
    public bool TryGet(string orderKey, out ImmutableArray<ExecutionReport> reports)
    {
        reports = default;
        var byteCount = Encoding.UTF8.GetByteCount(orderKey);
        Span<byte> key = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(orderKey, key);
        if (!_index.TryGetValue(XxHash128.HashToUInt128(key), out var location))
        {
            return false;
        }

        var record = _chunks[(int)(location.Chunk - _firstChunk)].Data.AsSpan(location.Offset, location.Length);
        var keyBytes = BitConverter.ToInt32(record);
        if (keyBytes != byteCount || !record.Slice(sizeof(int), keyBytes).SequenceEqual(key))
        {
            return false; // another key with the same hash
        }

        reports = serializer.Deserialize<ImmutableArray<ExecutionReport>>(record[(sizeof(int) + keyBytes)..]);
        return true;
    }

    /// <summary>
    /// Forgets the oldest done orders while more than <paramref name="keepNewest"/> are kept and the oldest finished
    /// before <paramref name="keepSince"/>.
    /// </summary>
    public void Prune(int keepNewest, UnixNanos keepSince)
    {
        while (_entries.Count > keepNewest && _entries.Peek().DoneAt < keepSince)
        {
            var entry = _entries.Dequeue();
            if (_index.TryGetValue(entry.Hash, out var current) && current == entry.Location)
            {
                _index.Remove(entry.Hash);
            }

            _chunks[(int)(entry.Location.Chunk - _firstChunk)].Live--;
            while (_chunks.Count > 1 && _chunks[0].Live == 0)
            {
                _chunks.RemoveAt(0);
                _firstChunk++;
            }
        }
    }

    private Chunk ChunkWithRoom(int length)
    {
        if (_chunks.Count > 0 && _chunks[^1] is var last && last.Data.Length - last.Used >= length)
        {
            return last;
        }

        var chunk = new Chunk(new byte[Math.Max(chunkBytes, length)]); // an order with an unusually long history gets a chunk of its own size
        _chunks.Add(chunk);
        return chunk;
    }

    private readonly record struct Location(long Chunk, int Offset, int Length);

    private readonly record struct Entry(UInt128 Hash, Location Location, UnixNanos DoneAt);

    private sealed class Chunk(byte[] data)
    {
        public byte[] Data { get; } = data;

        public int Used { get; set; }

        public int Live { get; set; }
    }
}
