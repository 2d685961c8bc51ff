using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.ExecutionReport")]
public struct ExecutionReportSurrogate
{
    [Id(0)] public ExecType ExecType { get; init; }
    [Id(1)] public OrderStatus OrdStatus { get; init; }
    [Id(2)] public ExecId ExecId { get; init; }
    [Id(3)] public ClientOrderId ClientOrderId { get; init; }
    [Id(4)] public VenueOrderId? VenueOrderId { get; init; }
    [Id(5)] public Quantity LastQty { get; init; }
    [Id(6)] public Price LastPx { get; init; }
    [Id(7)] public Quantity CumQty { get; init; }
    [Id(8)] public Quantity LeavesQty { get; init; }
    [Id(9)] public Price AvgPx { get; init; }
    [Id(10)] public UnixNanos TransactTime { get; init; }
    [Id(11)] public ClientOrderId? OrigClientOrderId { get; init; }
    [Id(12)] public string? Text { get; init; }
    [Id(13)] public Money? Commission { get; init; }
    [Id(14)] public bool PossDup { get; init; }
    [Id(15)] public Quantity? OrderQty { get; init; }
    [Id(16)] public Price? LimitPrice { get; init; }
    [Id(17)] public Price? StopPrice { get; init; }
}

[RegisterConverter]
public sealed class ExecutionReportConverter : IConverter<ExecutionReport, ExecutionReportSurrogate>
{
    public ExecutionReport ConvertFromSurrogate(in ExecutionReportSurrogate s) =>
        new(s.ExecType, s.OrdStatus, s.ExecId, s.ClientOrderId, s.VenueOrderId, s.LastQty, s.LastPx, s.CumQty, s.LeavesQty, s.AvgPx, s.TransactTime)
        {
            OrigClientOrderId = s.OrigClientOrderId,
            Text = s.Text,
            Commission = s.Commission,
            PossDup = s.PossDup,
            OrderQty = s.OrderQty,
            LimitPrice = s.LimitPrice,
            StopPrice = s.StopPrice,
        };

    public ExecutionReportSurrogate ConvertToSurrogate(in ExecutionReport r) => new()
    {
        ExecType = r.ExecType,
        OrdStatus = r.OrdStatus,
        ExecId = r.ExecId,
        ClientOrderId = r.ClientOrderId,
        VenueOrderId = r.VenueOrderId,
        LastQty = r.LastQty,
        LastPx = r.LastPx,
        CumQty = r.CumQty,
        LeavesQty = r.LeavesQty,
        AvgPx = r.AvgPx,
        TransactTime = r.TransactTime,
        OrigClientOrderId = r.OrigClientOrderId,
        Text = r.Text,
        Commission = r.Commission,
        PossDup = r.PossDup,
        OrderQty = r.OrderQty,
        LimitPrice = r.LimitPrice,
        StopPrice = r.StopPrice,
    };
}
