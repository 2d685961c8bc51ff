using System.Text;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// Azure Table keys may not contain '/', '\', '#', '?' or control characters; identifiers may (they allow
/// any printable ASCII). Those characters, and '%' itself, are percent-escaped so keys stay reversible
/// and keep the ordinal order of the parts that matter (fixed-width numbers).
/// </summary>
internal static class TableKeys
{
    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("%/\\#?") < 0 && !value.Any(char.IsControl))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '%' or '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string EventKey(long sequence) => "e" + sequence.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    public static string EntityKey(long createdNanos, string entity) =>
        "o" + createdNanos.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "|" + Escape(entity);

    public static string EntityNumberKey(string entity, int number) =>
        "n" + Escape(entity) + "|" + number.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    public const string HeadKey = "h";
}
