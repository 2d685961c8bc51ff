using System.Security.Cryptography;
using System.Text;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Grains.Orders;

/// <summary>
/// The ClOrdIDs the platform sends to venues. Client order ids are unique only per account, but a venue session
/// needs them unique across every account it carries, and cancel/replace ids must fit in 64 characters; so an
/// order's first ClOrdID is derived from (account, client order id) — deterministic, so a retried submission
/// after a crash sends the same id — and each cancel or replace appends a counter.
/// </summary>
public static class VenueClientOrderIds
{
    public static ClientOrderId For(AccountId account, ClientOrderId clientOrderId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(account.Value + Identifier.CompositeSeparator + clientOrderId.Value), hash);
        return new ClientOrderId("OT" + Convert.ToHexStringLower(hash[..12]));
    }

    /// <summary>The id of the <paramref name="request"/>-th cancel or replace of an order (1, 2, …).</summary>
    public static ClientOrderId Request(ClientOrderId orderId, int request) =>
        new($"{orderId.Value}-{request.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
