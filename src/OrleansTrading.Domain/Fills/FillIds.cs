using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Domain.Fills;

/// <summary>
/// Deterministic fill ids, so a fill redelivered after a restart (same venue, same order, same ExecID) gets the same
/// <see cref="FillId"/> and a position applies it once. The order's identity is part of the key because FIX only
/// promises ExecIDs unique per trading day (or per order's life), not forever.
/// </summary>
public static class FillIds
{
    private const string Prefix = "fill-";

    /// <summary>
    /// <c>fill-</c> followed by 32 hex digits: the first 128 bits of SHA-256 over the UTF-8 of venue, order id and
    /// ExecID separated by NUL (which no identifier contains, so different triples never hash the same input).
    /// </summary>
    public static FillId Derive(VenueId venue, ClientOrderId orderId, ExecId execId)
    {
        if (venue.Value is null || orderId.Value is null || execId.Value is null)
        {
            throw new ArgumentException("A fill id needs a venue, an order id and an ExecID; one of them is empty.");
        }

        var length = venue.Value.Length + orderId.Value.Length + execId.Value.Length + 2;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // Identifiers are printable ASCII, so one byte per character.
            var written = Encoding.ASCII.GetBytes(venue.Value, buffer);
            buffer[written++] = 0;
            written += Encoding.ASCII.GetBytes(orderId.Value, buffer.AsSpan(written));
            buffer[written++] = 0;
            written += Encoding.ASCII.GetBytes(execId.Value, buffer.AsSpan(written));

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return new FillId(Prefix + Convert.ToHexStringLower(hash[..16]));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
