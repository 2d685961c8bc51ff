using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Abstractions;

/// <summary>Composite grain keys. Identifiers never contain <see cref="Identifier.CompositeSeparator"/>, so keys split back unambiguously.</summary>
public static class GrainKeys
{
    /// <summary>An order is keyed by account and client order id: the same pair always reaches the same grain, which makes submission idempotent.</summary>
    public static string Order(AccountId account, ClientOrderId clientOrderId) => $"{account.Value}{Identifier.CompositeSeparator}{clientOrderId.Value}";

    public static string Position(AccountId account, InstrumentId instrument) => $"{account.Value}{Identifier.CompositeSeparator}{instrument.Value}";

    public static (AccountId Account, ClientOrderId ClientOrderId) ParseOrder(string key)
    {
        var (left, right) = Split(key);
        return (new AccountId(left), new ClientOrderId(right));
    }

    /// <summary>False for a key that does not name an order (it never came from <see cref="Order"/>).</summary>
    public static bool TryParseOrder(string key, out AccountId account, out ClientOrderId clientOrderId)
    {
        try
        {
            (account, clientOrderId) = ParseOrder(key);
            return true;
        }
        catch (ArgumentException)
        {
            (account, clientOrderId) = (default, default);
            return false;
        }
    }

    public static (AccountId Account, InstrumentId Instrument) ParsePosition(string key)
    {
        var (left, right) = Split(key);
        return (new AccountId(left), new InstrumentId(right));
    }

    private static (string Left, string Right) Split(string key)
    {
        var at = key.IndexOf(Identifier.CompositeSeparator, StringComparison.Ordinal);
        return at > 0 ? (key[..at], key[(at + 1)..]) : throw new ArgumentException($"'{key}' is not a composite grain key.", nameof(key));
    }
}
