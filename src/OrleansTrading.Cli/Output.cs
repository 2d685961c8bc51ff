using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using OrleansTrading.Api.V1;

namespace OrleansTrading.Cli;

/// <summary>Human-readable renderings of API messages.</summary>
internal static class Output
{
    public static string Order(Order o)
    {
        var price = o.OrderType switch
        {
            OrderType.Limit => $" @ {o.LimitPrice}",
            OrderType.Stop => $" stop {o.StopPrice}",
            OrderType.StopLimit => $" stop {o.StopPrice} limit {o.LimitPrice}",
            _ => "",
        };
        var lines = new List<string>
        {
            $"order {o.AccountId}/{o.ClientOrderId}: {Name(o.Side)} {o.Quantity} {o.InstrumentId} {Name(o.OrderType)}{price} {Name(o.TimeInForce)}",
            $"  status {Name(o.Status)}  filled {o.FilledQuantity}  leaves {o.LeavesQuantity}" + (o.AveragePrice.Length > 0 ? $"  avg {o.AveragePrice}" : ""),
            $"  strategy {o.StrategyId}  venue {Or(o.VenueId)}  venue order {Or(o.VenueOrderId)}  version {o.Version}",
            $"  created {Time(o.CreateTime)}  updated {Time(o.UpdateTime)}",
        };
        if (o.Text.Length > 0)
        {
            lines.Add($"  text: {o.Text}");
        }

        foreach (var f in o.Fills)
        {
            lines.Add($"  fill {f.FillId}: {f.Quantity} @ {f.Price}  commission {f.Commission?.Amount} {f.Commission?.Currency}  at {Time(f.Time)}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    public static string OrderTable(IEnumerable<Order> orders)
    {
        var rows = orders.Select(o => new[]
        {
            o.ClientOrderId, Name(o.Side), o.Quantity, o.InstrumentId, Name(o.OrderType),
            o.LimitPrice.Length > 0 ? o.LimitPrice : "-", Name(o.Status), o.FilledQuantity, o.StrategyId, Time(o.CreateTime),
        }).ToList();
        return Table(["CLIENT ORDER ID", "SIDE", "QTY", "INSTRUMENT", "TYPE", "LIMIT", "STATUS", "FILLED", "STRATEGY", "CREATED"], rows);
    }

    public static string MassCancel(CancelOpenOrdersResponse response)
    {
        if (response.Matched == 0)
        {
            return "no open orders matched; nothing was cancelled";
        }

        var rows = response.Orders.Select(o => new[]
        {
            o.AccountId, o.ClientOrderId, o.Status == OrderStatus.Unspecified ? "-" : Name(o.Status), o.ErrorCode.Length > 0 ? $"{o.ErrorCode}: {o.ErrorMessage}" : "-",
        }).ToList();
        var matched = response.Matched == 1 ? "1 open order" : $"{response.Matched} open orders";
        var summary = response.StillWorking == 0
            ? $"{matched}: all cancels sent or the orders closed"
            : $"{matched}: {response.StillWorking} still working, their cancel refused or not sent (see ERROR)";
        return summary + Environment.NewLine + Table(["ACCOUNT", "CLIENT ORDER ID", "STATUS", "ERROR"], rows);
    }

    public static string PositionTable(IEnumerable<Position> positions)
    {
        var rows = positions.Select(p => new[]
        {
            p.AccountId, Or(p.StrategyId), p.InstrumentId, p.NetQuantity, Or(p.AveragePrice), Or(p.MarkPrice),
            p.RealizedPnl, p.UnrealizedPnl, p.Commissions, p.Currency, p.FillCount.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        return rows.Count == 0
            ? "no positions"
            : Table(["ACCOUNT", "STRATEGY", "INSTRUMENT", "NET QTY", "AVG PRICE", "MARK", "REALIZED", "UNREALIZED", "COMMISSIONS", "CCY", "FILLS"], rows);
    }

    public static string Risk(GetRiskSnapshotResponse response)
    {
        var lines = new List<string> { $"global trading: {Name(response.Global.Mode)}" + (response.Global.Reason.Length > 0 ? $" ({response.Global.Reason})" : "") };
        if (response.Snapshot is { } s)
        {
            lines.Add($"{s.Scope}: {Name(s.EffectiveMode)}" + (s.ModeReason.Length > 0 ? $" ({s.ModeReason})" : "") + $"  as of {Time(s.AsOf)}");
            lines.Add($"  equity {s.Equity} {s.Currency}  high-water {s.HighWaterMark}  drawdown {s.Drawdown}");
            lines.Add($"  gross {s.GrossNotional}  net {s.NetNotional}  margin used {s.MarginUsed}" + (s.MarginUtilisation.Length > 0 ? $" ({s.MarginUtilisation})" : "") + $"  open orders {s.OpenOrders}");
            if (s.Limits.Count > 0)
            {
                lines.Add(Table(["LIMIT", "INSTRUMENT", "USED", "MAXIMUM", "UTILISATION"],
                    s.Limits.Select(l => new[] { l.Limit, Or(l.InstrumentId), l.Used, l.Maximum, l.Utilisation }).ToList()));
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    public static string Name(System.Enum value)
    {
        var text = value.ToString();
        var chars = new List<char>(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]))
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(text[i]));
        }

        return new string([.. chars]);
    }

    public static string Time(Timestamp? t) =>
        t is null ? "-" : t.ToDateTime().ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Or(string text) => text.Length > 0 ? text : "-";

    private static string Table(string[] headers, List<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var lines = new List<string> { string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd() };
        lines.AddRange(rows.Select(r => string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()));
        return string.Join(Environment.NewLine, lines);
    }
}
