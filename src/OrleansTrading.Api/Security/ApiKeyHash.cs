using System.Security.Cryptography;
using System.Text;

namespace OrleansTrading.Api.Security;

/// <summary>
/// Salted SHA-256 hashes of API keys, as stored in configuration: <c>sha256:&lt;salt hex&gt;:&lt;hash hex&gt;</c>,
/// hash = SHA-256(salt ‖ UTF-8 key). Keys are 32 random bytes, so a fast hash is enough; the salt keeps equal keys
/// from having equal hashes. (This file is also compiled into the <c>otrade</c> CLI, which prints new keys.)
/// </summary>
public static class ApiKeyHash
{
    public const string Prefix = "sha256:";

    private const int SaltBytes = 16;

    /// <summary>A new random key: <c>otk_</c> and 43 URL-safe base64 characters (256 bits).</summary>
    public static string NewKey() => "otk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of <paramref name="key"/> with a fresh random salt.</summary>
    public static string Create(string key) => Create(key, RandomNumberGenerator.GetBytes(SaltBytes));

    public static string Create(string key, byte[] salt) =>
        $"{Prefix}{Convert.ToHexStringLower(salt)}:{Convert.ToHexStringLower(Compute(salt, key))}";

    /// <summary>Reads a stored hash; null with a reason when it is not in the <c>sha256:salt:hash</c> form.</summary>
    public static (byte[] Salt, byte[] Hash)? TryParse(string? stored, out string? problem)
    {
        problem = null;
        var parts = (stored ?? "").Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix)
        {
            problem = "must look like sha256:<salt hex>:<hash hex> (print one with: otrade api-key new)";
            return null;
        }

        try
        {
            var salt = Convert.FromHexString(parts[1]);
            var hash = Convert.FromHexString(parts[2]);
            if (salt.Length < 8 || hash.Length != SHA256.HashSizeInBytes)
            {
                problem = "needs a salt of at least 8 bytes and a 32-byte SHA-256 hash";
                return null;
            }

            return (salt, hash);
        }
        catch (FormatException)
        {
            problem = "salt and hash must be hexadecimal";
            return null;
        }
    }

    /// <summary>Constant-time check of a presented key against a stored salt and hash.</summary>
    public static bool Matches(string presented, byte[] salt, byte[] hash) =>
        CryptographicOperations.FixedTimeEquals(Compute(salt, presented), hash);

    private static byte[] Compute(byte[] salt, string key)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var buffer = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(buffer, 0);
        keyBytes.CopyTo(buffer, salt.Length);
        return SHA256.HashData(buffer);
    }
}
