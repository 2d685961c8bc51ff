using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.PendingOrderRequest")]
public struct PendingOrderRequestSurrogate
{
    [Id(0)] public PendingRequestKind Kind { get; init; }
    [Id(1)] public ClientOrderId ClientOrderId { get; init; }
    [Id(2)] public ClientOrderId OrigClientOrderId { get; init; }
    [Id(3)] public UnixNanos RequestedAt { get; init; }
    [Id(4)] public Quantity? Quantity { get; init; }
    [Id(5)] public Price? LimitPrice { get; init; }
    [Id(6)] public Price? StopPrice { get; init; }
}

[RegisterConverter]
public sealed class PendingOrderRequestConverter : IConverter<PendingOrderRequest, PendingOrderRequestSurrogate>
{
    public PendingOrderRequest ConvertFromSurrogate(in PendingOrderRequestSurrogate s) =>
        new(s.Kind, s.ClientOrderId, s.OrigClientOrderId, s.RequestedAt) { Quantity = s.Quantity, LimitPrice = s.LimitPrice, StopPrice = s.StopPrice };

    public PendingOrderRequestSurrogate ConvertToSurrogate(in PendingOrderRequest r) => new()
    {
        Kind = r.Kind,
        ClientOrderId = r.ClientOrderId,
        OrigClientOrderId = r.OrigClientOrderId,
        RequestedAt = r.RequestedAt,
        Quantity = r.Quantity,
        LimitPrice = r.LimitPrice,
        StopPrice = r.StopPrice,
    };
}
