using System.Globalization;
using System.Text;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// Opaque page tokens: the (created, entity) position after which the next page starts. Encoded so clients
/// treat them as opaque; a token that does not decode is refused with a clear message.
/// </summary>
public static class PageToken
{
    public static string Encode(long createdNanos, string entity) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(createdNanos.ToString("D19", CultureInfo.InvariantCulture) + "|" + entity));

    public static (long CreatedNanos, string Entity) Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var created))
            {
                return (created, text[(bar + 1)..]);
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException("page_token is not a token this service issued; pass back next_page_token unchanged.", nameof(token));
    }
}
