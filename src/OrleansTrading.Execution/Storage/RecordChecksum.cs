using System.Buffers.Binary;
using System.Numerics;

namespace OrleansTrading.Execution.Storage;

/// <summary>CRC-32C (Castagnoli) over a record's kind byte and payload, hardware-accelerated where the CPU has it.</summary>
internal static class RecordChecksum
{
    public static uint Compute(byte kind, ReadOnlySpan<byte> payload)
    {
        var crc = BitOperations.Crc32C(0xFFFFFFFFu, kind);
        var rest = payload;
        for (; rest.Length >= sizeof(ulong); rest = rest[sizeof(ulong)..])
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(rest));
        }

        for (var i = 0; i < rest.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, rest[i]);
        }

        return ~crc;
    }
}
