using System.Globalization;

namespace OrleansTrading.Api.Reporting;

/// <summary>
/// Where a trade-log scan stands: the index of the account (in the scope's ordinal order) and the last journal
/// sequence read in it. Its text form is the page token (<c>t1.{account}.{sequence}</c>).
/// </summary>
public readonly record struct TradeLogCursor(int AccountIndex, long AfterSequence)
{
    private const string Prefix = "t1.";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{AccountIndex}.{AfterSequence}");

    public static bool TryParse(string? token, out TradeLogCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        var parts = token.StartsWith(Prefix, StringComparison.Ordinal) ? token[Prefix.Length..].Split('.') : [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var account)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            cursor = new TradeLogCursor(account, sequence);
            return true;
        }

        return false;
    }
}
