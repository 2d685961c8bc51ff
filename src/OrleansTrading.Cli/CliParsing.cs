using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using OrleansTrading.Api.V1;

namespace OrleansTrading.Cli;

/// <summary>Option text to API values, with messages that list what is accepted.</summary>
internal static class CliParsing
{
    public static Side Side(string text) => text.ToLowerInvariant() switch
    {
        "buy" or "b" => Api.V1.Side.Buy,
        "sell" or "s" => Api.V1.Side.Sell,
        _ => throw new CliUsageException($"--side '{text}' is not a side; use buy or sell."),
    };

    public static OrderType OrderType(string text) => text.ToLowerInvariant() switch
    {
        "market" => Api.V1.OrderType.Market,
        "limit" => Api.V1.OrderType.Limit,
        "stop" => Api.V1.OrderType.Stop,
        "stop-limit" or "stoplimit" => Api.V1.OrderType.StopLimit,
        _ => throw new CliUsageException($"--type '{text}' is not an order type; use market, limit, stop or stop-limit."),
    };

    public static TimeInForce TimeInForce(string text) => text.ToLowerInvariant() switch
    {
        "day" => Api.V1.TimeInForce.Day,
        "gtc" => Api.V1.TimeInForce.Gtc,
        "ioc" => Api.V1.TimeInForce.Ioc,
        "fok" => Api.V1.TimeInForce.Fok,
        "gtd" => Api.V1.TimeInForce.Gtd,
        _ => throw new CliUsageException($"--tif '{text}' is not a time in force; use day, gtc, ioc, fok or gtd."),
    };

    public static OrderStatus Status(string text)
    {
        var wanted = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var status in System.Enum.GetValues<OrderStatus>())
        {
            if (status != OrderStatus.Unspecified && status.ToString().Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        throw new CliUsageException($"--status '{text}' is not an order status; use new, partially-filled, filled, canceled, rejected, expired, pending-new …");
    }

    public static Timestamp Time(string text, string option) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Timestamp.FromDateTimeOffset(at)
            : throw new CliUsageException($"{option} '{text}' is not a time; use ISO 8601 such as 2026-12-31T21:00:00Z.");

    /// <summary>Exactly one of the scope options must be given.</summary>
    public static (string Kind, string Id) OneScope(string? account, string? strategy, string? fund, bool global, bool allowFund, bool allowGlobal)
    {
        var chosen = new List<(string, string)>();
        if (account is not null)
        {
            chosen.Add(("account", account));
        }

        if (strategy is not null)
        {
            chosen.Add(("strategy", strategy));
        }

        if (fund is not null)
        {
            chosen.Add(("fund", fund));
        }

        if (global)
        {
            chosen.Add(("global", ""));
        }

        var allowed = "--account or --strategy" + (allowFund ? " or --fund" : "") + (allowGlobal ? " or --global" : "");
        return chosen.Count == 1 ? chosen[0] : throw new CliUsageException($"Choose exactly one of {allowed}.");
    }
}
