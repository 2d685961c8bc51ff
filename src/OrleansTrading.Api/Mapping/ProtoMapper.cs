using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Orders;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Positions;
using OrleansTrading.Domain.Values;
using V1 = OrleansTrading.Api.V1;

namespace OrleansTrading.Api.Mapping;

/// <summary>Grain views to API messages. Decimals become invariant decimal strings; absent values become empty strings.</summary>
public static class ProtoMapper
{
    public static V1.Order ToProto(OrderView order)
    {
        var proto = new V1.Order
        {
            AccountId = order.Account.Value,
            StrategyId = order.Strategy.Value,
            InstrumentId = order.Instrument.Value,
            ClientOrderId = order.ClientOrderId.Value,
            VenueClientOrderId = order.VenueClientOrderId.Value,
            VenueOrderId = order.VenueOrderId?.Value ?? "",
            VenueId = order.Venue.Value ?? "",
            Side = ProtoEnums.ToProto(order.Side),
            OrderType = ProtoEnums.ToProto(order.Type),
            TimeInForce = ProtoEnums.ToProto(order.TimeInForce),
            Quantity = DecimalText.Format(order.Quantity.Value),
            LimitPrice = DecimalText.Format(order.LimitPrice?.Value),
            StopPrice = DecimalText.Format(order.StopPrice?.Value),
            ExpireTime = ProtoTime.ToProto(order.ExpireTime),
            Status = ProtoEnums.ToProto(order.Status),
            FilledQuantity = DecimalText.Format(order.FilledQuantity.Value),
            LeavesQuantity = DecimalText.Format(order.LeavesQuantity.Value),
            AveragePrice = DecimalText.Format(order.AveragePrice?.Value),
            Text = order.Text ?? "",
            CreateTime = ProtoTime.ToProto(order.CreatedAt),
            UpdateTime = ProtoTime.ToProto(order.UpdatedAt),
            Version = order.Version,
            Open = order.IsOpen,
        };
        if (!order.Fills.IsDefaultOrEmpty)
        {
            foreach (var fill in order.Fills)
            {
                proto.Fills.Add(new V1.Fill
                {
                    FillId = fill.FillId.Value,
                    ExecId = fill.ExecId.Value,
                    Quantity = DecimalText.Format(fill.Quantity.Value),
                    Price = DecimalText.Format(fill.Price.Value),
                    Commission = ToProto(fill.Commission),
                    Time = ProtoTime.ToProto(fill.TsEvent),
                });
            }
        }

        return proto;
    }

    public static V1.OrderEvent ToProto(OrderEvent e) => new()
    {
        Sequence = e.Sequence,
        AccountId = e.Account.Value,
        ClientOrderId = e.ClientOrderId.Value,
        OrderVersion = e.OrderVersion,
        Kind = ProtoEnums.ToProto(e.Kind),
        Status = ProtoEnums.ToProto(e.Status),
        FilledQuantity = DecimalText.Format(e.FilledQuantity.Value),
        LeavesQuantity = DecimalText.Format(e.LeavesQuantity.Value),
        LastQuantity = DecimalText.Format(e.LastQuantity?.Value),
        LastPrice = DecimalText.Format(e.LastPrice?.Value),
        Text = e.Text ?? "",
        EventTime = ProtoTime.ToProto(e.TsEvent),
        InstrumentId = e.Instrument.Value,
        StrategyId = e.Strategy.Value,
        Side = ProtoEnums.ToProto(e.Side),
        FillId = e.FillId?.Value ?? "",
        Commission = e.Commission is { } commission ? ToProto(commission) : null,
    };

    /// <summary>A fill from the journal as a trade-log row.</summary>
    public static V1.Trade ToTrade(OrderEvent fill) => new()
    {
        Sequence = fill.Sequence,
        AccountId = fill.Account.Value,
        StrategyId = fill.Strategy.Value,
        InstrumentId = fill.Instrument.Value,
        ClientOrderId = fill.ClientOrderId.Value,
        Side = ProtoEnums.ToProto(fill.Side),
        Quantity = DecimalText.Format(fill.LastQuantity?.Value),
        Price = DecimalText.Format(fill.LastPrice?.Value),
        Time = ProtoTime.ToProto(fill.TsEvent),
        OrderStatus = ProtoEnums.ToProto(fill.Status),
        FillId = fill.FillId?.Value ?? "",
        Commission = fill.Commission is { } commission ? ToProto(commission) : null,
    };

    public static V1.Money ToProto(Money money) => new() { Amount = DecimalText.Format(money.Amount), Currency = money.Currency.Code ?? "" };

    public static V1.Position ToProto(PositionView p)
    {
        var proto = new V1.Position
        {
            AccountId = p.Account.Value,
            StrategyId = p.Strategy?.Value ?? "",
            InstrumentId = p.Instrument.Value,
            NetQuantity = DecimalText.Format(p.NetQuantity),
            AveragePrice = DecimalText.Format(p.AveragePrice?.Value),
            MarkPrice = DecimalText.Format(p.MarkPrice?.Value),
            RealizedPnl = DecimalText.Format(p.RealizedPnl),
            UnrealizedPnl = DecimalText.Format(p.UnrealizedPnl),
            Commissions = DecimalText.Format(p.Commissions),
            Notional = DecimalText.Format(p.Notional),
            Currency = p.Currency.Code ?? "",
            FillCount = p.FillCount,
            UpdateTime = ProtoTime.ToProto(p.UpdatedAt),
        };
        if (!p.ByStrategy.IsDefaultOrEmpty)
        {
            foreach (var share in p.ByStrategy)
            {
                proto.ByStrategy.Add(ToProto(share));
            }
        }

        return proto;
    }

    public static V1.PositionTotals ToProto(PortfolioTotals t) => new()
    {
        Currency = t.Currency.Code ?? "",
        RealizedPnl = DecimalText.Format(t.RealizedPnl),
        UnrealizedPnl = DecimalText.Format(t.UnrealizedPnl),
        GrossNotional = DecimalText.Format(t.GrossNotional),
        NetNotional = DecimalText.Format(t.NetNotional),
        CorrelationAdjustedExposure = DecimalText.Format(t.CorrelationAdjustedExposure),
    };

    public static V1.RiskSnapshot ToProto(RiskSnapshot s)
    {
        var proto = new V1.RiskSnapshot
        {
            Scope = s.Scope,
            Currency = s.Currency.Code ?? "",
            EffectiveMode = ProtoEnums.ToProto(s.EffectiveMode),
            ModeReason = s.ModeReason ?? "",
            GrossNotional = DecimalText.Format(s.GrossNotional),
            NetNotional = DecimalText.Format(s.NetNotional),
            Equity = DecimalText.Format(s.Equity),
            HighWaterMark = DecimalText.Format(s.HighWaterMark),
            Drawdown = DecimalText.Format(s.Drawdown),
            MarginUsed = DecimalText.Format(s.MarginUsed),
            MarginUtilisation = DecimalText.Format(s.MarginUtilisation),
            OpenOrders = s.OpenOrders,
            AsOf = ProtoTime.ToProto(s.AsOf),
        };
        if (!s.Limits.IsDefaultOrEmpty)
        {
            foreach (var limit in s.Limits)
            {
                proto.Limits.Add(new V1.LimitUtilisation
                {
                    Limit = limit.Limit,
                    Used = DecimalText.Format(limit.Used),
                    Maximum = DecimalText.Format(limit.Maximum),
                    Utilisation = DecimalText.Format(limit.Utilisation),
                    InstrumentId = limit.Instrument?.Value ?? "",
                });
            }
        }

        return proto;
    }

    public static V1.Fund ToProto(FundDefinition fund)
    {
        var proto = new V1.Fund { FundId = fund.Fund.Value, Name = fund.Name };
        if (!fund.Accounts.IsDefaultOrEmpty)
        {
            proto.AccountIds.AddRange(fund.Accounts.Select(a => a.Value));
        }

        return proto;
    }
}
