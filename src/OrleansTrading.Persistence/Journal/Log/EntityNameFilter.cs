using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace OrleansTrading.Persistence.Journal.Log;

/// <summary>
/// A growing Bloom filter over entity names: <see cref="CertainlyAbsent"/> is never true for a name added before, and is
/// false for about one absent name in a thousand per layer. Each layer holds up to its capacity at ~14 bits per name with
/// ten probes; a full layer is followed by one of twice the capacity, so the filter never needs rebuilding.
/// <para>
/// Adds are serialised by the caller; lookups may run on any thread at the same time (bits are only ever set, with
/// atomic operations, and layers are published whole).
/// </para>
/// </summary>
internal sealed class EntityNameFilter
{
    private const int BitsPerName = 14;
    private const int Probes = 10;
    private const int LargestLayer = 1 << 30;

    private Layer[] _layers;

    public EntityNameFilter(int initialCapacity) => _layers = [new Layer(Math.Max(1_024, initialCapacity))];

    /// <summary>Names added so far.</summary>
    public long Count { get; private set; }

    public void Add(string name)
    {
        var layers = _layers;
        var current = layers[^1];
        if (current.Count >= current.Capacity)
        {
            current = new Layer((int)Math.Min(LargestLayer, current.Capacity * 2L));
            Volatile.Write(ref _layers, [.. layers, current]);
        }

        current.Add(Hash(name));
        Count++;
    }

    public bool CertainlyAbsent(string name)
    {
        var hash = Hash(name);
        foreach (var layer in Volatile.Read(ref _layers))
        {
            if (layer.MayContain(hash))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The hash of the name's UTF-8 form, as the tables store it: a name with an unpaired surrogate comes back from them
    /// with a replacement character, and must hash the same as when it was added.
    /// </summary>
    private static ulong Hash(string name)
    {
        var length = Encoding.UTF8.GetMaxByteCount(name.Length);
        byte[]? rented = null;
        var buffer = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return XxHash3.HashToUInt64(buffer[..Encoding.UTF8.GetBytes(name, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private sealed class Layer(int capacity)
    {
        private readonly ulong[] _words = new ulong[((long)capacity * BitsPerName + 63) / 64];

        public int Capacity { get; } = capacity;

        public int Count { get; private set; }

        public void Add(ulong hash)
        {
            foreach (var bit in Bits(hash))
            {
                Interlocked.Or(ref _words[bit >> 6], 1UL << (int)(bit & 63));
            }

            Count++;
        }

        public bool MayContain(ulong hash)
        {
            foreach (var bit in Bits(hash))
            {
                if ((Volatile.Read(ref _words[bit >> 6]) & (1UL << (int)(bit & 63))) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The probes' bit positions by double hashing: h1 + i·h2 over the layer's bits.</summary>
        private Probe Bits(ulong hash) => new((uint)hash, (uint)(hash >> 32) | 1, (ulong)_words.Length * 64);
    }

    private struct Probe(uint first, uint step, ulong size)
    {
        private int _index = -1;

        public readonly Probe GetEnumerator() => this;

        public ulong Current { get; private set; }

        public bool MoveNext()
        {
            if (++_index >= Probes)
            {
                return false;
            }

            Current = (first + (ulong)_index * step) % size;
            return true;
        }
    }
}
