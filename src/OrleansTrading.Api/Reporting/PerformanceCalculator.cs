using OrleansTrading.Abstractions.Instruments;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Api.Mapping;
using OrleansTrading.Domain.Orders;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Reporting;

/// <summary>
/// Performance from what the platform records: PnL and commissions from the positions (cumulative, as of now) and
/// trading activity from the journal's fills inside the period. Amounts are summed per currency, never across.
/// </summary>
public static class PerformanceCalculator
{
    public static (List<V1.InstrumentPerformance> Instruments, List<V1.CurrencyPerformance> Currencies) Compute(
        IReadOnlyList<PositionView> positions, IReadOnlyList<OrderEvent> trades, IInstrumentCatalog catalog)
    {
        var rows = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        foreach (var p in positions)
        {
            var row = Get(rows, p.Instrument.Value, p.Currency.Code ?? "");
            row.NetQuantity += p.NetQuantity;
            row.Realized += p.RealizedPnl;
            row.Unrealized += p.UnrealizedPnl;
            row.Commissions += p.Commissions;
        }

        foreach (var e in trades)
        {
            var instrument = catalog.Find(e.Instrument);
            var row = Get(rows, e.Instrument.Value, instrument?.QuoteCurrency.Code ?? "");
            var quantity = e.LastQuantity!.Value.Value;
            var notional = quantity * e.LastPrice!.Value.Value * (instrument?.Multiplier ?? 1m);
            row.Fills++;
            if (e.Side == OrderSide.Buy)
            {
                row.Bought += quantity;
                row.BuyNotional += notional;
            }
            else
            {
                row.Sold += quantity;
                row.SellNotional += notional;
            }
        }

        var instruments = new List<V1.InstrumentPerformance>(rows.Count);
        var currencies = new SortedDictionary<string, V1.CurrencyPerformance>(StringComparer.Ordinal);
        var sums = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var (instrumentId, row) in rows)
        {
            instruments.Add(new V1.InstrumentPerformance
            {
                InstrumentId = instrumentId,
                Currency = row.Currency,
                NetQuantity = DecimalText.Format(row.NetQuantity),
                RealizedPnl = DecimalText.Format(row.Realized),
                UnrealizedPnl = DecimalText.Format(row.Unrealized),
                Commissions = DecimalText.Format(row.Commissions),
                PeriodFillCount = row.Fills,
                PeriodBoughtQuantity = DecimalText.Format(row.Bought),
                PeriodSoldQuantity = DecimalText.Format(row.Sold),
                PeriodBuyNotional = DecimalText.Format(row.BuyNotional),
                PeriodSellNotional = DecimalText.Format(row.SellNotional),
            });
            var sum = Get(sums, row.Currency, row.Currency);
            sum.Realized += row.Realized;
            sum.Unrealized += row.Unrealized;
            sum.Commissions += row.Commissions;
            sum.Fills += row.Fills;
            sum.BuyNotional += row.BuyNotional;
            sum.SellNotional += row.SellNotional;
        }

        foreach (var (currency, sum) in sums)
        {
            currencies[currency] = new V1.CurrencyPerformance
            {
                Currency = currency,
                RealizedPnl = DecimalText.Format(sum.Realized),
                UnrealizedPnl = DecimalText.Format(sum.Unrealized),
                Commissions = DecimalText.Format(sum.Commissions),
                NetPnl = DecimalText.Format(sum.Realized + sum.Unrealized - sum.Commissions),
                PeriodFillCount = sum.Fills,
                PeriodBuyNotional = DecimalText.Format(sum.BuyNotional),
                PeriodSellNotional = DecimalText.Format(sum.SellNotional),
            };
        }

        return (instruments, [.. currencies.Values]);
    }

    private static Row Get(IDictionary<string, Row> rows, string key, string currency)
    {
        if (!rows.TryGetValue(key, out var row))
        {
            row = new Row { Currency = currency };
            rows[key] = row;
        }
        else if (row.Currency.Length == 0)
        {
            row.Currency = currency;
        }

        return row;
    }

    private sealed class Row
    {
        public string Currency { get; set; } = "";
        public decimal NetQuantity { get; set; }
        public decimal Realized { get; set; }
        public decimal Unrealized { get; set; }
        public decimal Commissions { get; set; }
        public int Fills { get; set; }
        public decimal Bought { get; set; }
        public decimal Sold { get; set; }
        public decimal BuyNotional { get; set; }
        public decimal SellNotional { get; set; }
    }
}
