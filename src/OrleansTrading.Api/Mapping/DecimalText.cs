using System.Globalization;

namespace OrleansTrading.Api.Mapping;

/// <summary>
/// The API's decimal strings: an optional '-', digits, and an optional '.' with digits (<c>"101.25"</c>). No
/// exponent, no '+', no separators, no spaces, at most <see cref="MaxLength"/> characters and 28 significant digits.
/// </summary>
public static class DecimalText
{
    public const int MaxLength = 40;

    public static bool TryParse(string? text, out decimal value, out string? problem)
    {
        value = 0m;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            problem = "is empty";
            return false;
        }

        if (text.Length > MaxLength)
        {
            problem = $"is {text.Length} characters long; a decimal has at most {MaxLength}";
            return false;
        }

        var i = text[0] == '-' ? 1 : 0;
        var digitsBefore = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digitsBefore++;
        }

        var digitsAfter = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digitsAfter++;
            }

            if (digitsAfter == 0)
            {
                i = -1;
            }
        }

        if (i != text.Length || digitsBefore == 0)
        {
            problem = $"'{Printable(text)}' is not a decimal string: write digits with an optional '-' and '.', such as \"101.25\"";
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = $"'{text}' is out of range for a decimal (28 significant digits at most)";
            return false;
        }

        return true;
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(decimal? value) => value is { } v ? Format(v) : "";

    private static string Printable(string text)
    {
        var shown = text.Length > 24 ? text[..24] + "…" : text;
        return string.Create(shown.Length, shown, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] is < ' ' or (> '~' and not '…') ? '?' : s[i];
            }
        });
    }
}
