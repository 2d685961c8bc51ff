using System.Runtime.Intrinsics;

namespace OrleansTrading.Fix.Codec;

/// <summary>The FIX CheckSum (10): the sum of all bytes before the CheckSum field, modulo 256.</summary>
public static class FixChecksum
{
    /// <summary>Computes the checksum of <paramref name="bytes"/>.</summary>
    public static int Compute(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && bytes.Length >= 16)
        {
            var accumulator = Vector128<uint>.Zero;
            var lastBlock = bytes.Length - 16;
            while (i <= lastBlock)
            {
                // at most 128 chunks per ushort accumulator: 128 * 2 * 255 < 65536
                var partial = Vector128<ushort>.Zero;
                var stop = Math.Min(lastBlock, i + (127 * 16));
                for (; i <= stop; i += 16)
                {
                    var (low, high) = Vector128.Widen(Vector128.Create(bytes.Slice(i, 16)));
                    partial += low + high;
                }

                var (low32, high32) = Vector128.Widen(partial);
                accumulator += low32 + high32;
            }

            sum = Vector128.Sum(accumulator);
        }

        for (; i < bytes.Length; i++)
        {
            sum += bytes[i];
        }

        return (int)(sum & 0xFF);
    }

    /// <summary>Writes the checksum as exactly three digits.</summary>
    public static void WriteThreeDigits(Span<byte> destination, int checksum)
    {
        destination[0] = (byte)('0' + (checksum / 100));
        destination[1] = (byte)('0' + (checksum / 10 % 10));
        destination[2] = (byte)('0' + (checksum % 10));
    }
}
