using System.Text;

namespace OrleansTrading.Fix.Logging;

/// <summary>Renders a message for logs with SOH shown as '|' and the values of secret tags replaced by <c>***</c>.</summary>
public sealed class FixRedactor
{
    /// <summary>Password (554) and NewPassword (925) are always redacted.</summary>
    public static IReadOnlyCollection<int> DefaultSecretTags { get; } = [554, 925];

    private readonly HashSet<int> _secretTags;

    public FixRedactor(IEnumerable<int>? additionalSecretTags = null)
    {
        _secretTags = [.. DefaultSecretTags, .. additionalSecretTags ?? []];
    }

    public IReadOnlyCollection<int> SecretTags => _secretTags;

    public string Render(ReadOnlySpan<byte> message)
    {
        var builder = new StringBuilder(message.Length + 16);
        while (!message.IsEmpty)
        {
            var soh = message.IndexOf((byte)1);
            var field = soh < 0 ? message : message[..soh];
            var equals = field.IndexOf((byte)'=');
            if (equals > 0 && TryParseTag(field[..equals], out var tag) && _secretTags.Contains(tag))
            {
                builder.Append(Encoding.UTF8.GetString(field[..(equals + 1)])).Append("***");
            }
            else
            {
                builder.Append(Encoding.UTF8.GetString(field));
            }

            if (soh < 0)
            {
                break;
            }

            builder.Append('|');
            message = message[(soh + 1)..];
        }

        return builder.ToString();
    }

    private static bool TryParseTag(ReadOnlySpan<byte> text, out int tag)
    {
        tag = 0;
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }

            tag = (tag * 10) + (b - '0');
        }

        return text.Length is > 0 and < 10;
    }
}
