namespace OrleansTrading.Domain.Identifiers;

/// <summary>Shared validation for the kernel's string identifiers.</summary>
public static class Identifier
{
    /// <summary>Longest identifier accepted anywhere (FIX ClOrdID-sized, and small enough to key storage rows).</summary>
    public const int MaxLength = 64;

    /// <summary>Joins identifiers into composite keys; never part of an identifier itself.</summary>
    public const char CompositeSeparator = '|';

    /// <summary>
    /// Returns <paramref name="value"/> when it is a valid identifier: 1–64 printable ASCII characters, no spaces,
    /// no control characters (so it can travel in a FIX field or a storage key unchanged), and no
    /// <see cref="CompositeSeparator"/> (reserved for joining ids into one key, e.g. account|order).
    /// </summary>
    public static string Validate(string? value, string kind)
    {
        var error = Check(value, kind);
        return error is null ? value! : throw new ArgumentException(error, kind);
    }

    /// <summary>Null when valid, otherwise a sentence that says what is wrong and what is allowed.</summary>
    public static string? Check(string? value, string kind)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"{kind} is required.";
        }

        if (value.Length > MaxLength)
        {
            return $"{kind} is {value.Length} characters long; at most {MaxLength} are allowed.";
        }

        foreach (var c in value)
        {
            if (c is < '!' or > '~')
            {
                return $"{kind} '{Printable(value)}' contains a character that is not printable ASCII (spaces and control characters are not allowed).";
            }

            if (c == CompositeSeparator)
            {
                return $"{kind} '{value}' contains '{CompositeSeparator}', which is reserved as a key separator.";
            }
        }

        return null;
    }

    private static string Printable(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is < ' ' or > '~')
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
