using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.CancelReject")]
public struct CancelRejectSurrogate
{
    [Id(0)] public ClientOrderId ClientOrderId { get; init; }
    [Id(1)] public CancelRejectResponseTo ResponseTo { get; init; }
    [Id(2)] public CancelRejectReason Reason { get; init; }
    [Id(3)] public UnixNanos TransactTime { get; init; }
    [Id(4)] public ClientOrderId? OrigClientOrderId { get; init; }
    [Id(5)] public VenueOrderId? VenueOrderId { get; init; }
    [Id(6)] public OrderStatus? OrdStatus { get; init; }
    [Id(7)] public string? Text { get; init; }
}

[RegisterConverter]
public sealed class CancelRejectConverter : IConverter<CancelReject, CancelRejectSurrogate>
{
    public CancelReject ConvertFromSurrogate(in CancelRejectSurrogate s) =>
        new(s.ClientOrderId, s.ResponseTo, s.Reason, s.TransactTime)
        {
            OrigClientOrderId = s.OrigClientOrderId,
            VenueOrderId = s.VenueOrderId,
            OrdStatus = s.OrdStatus,
            Text = s.Text,
        };

    public CancelRejectSurrogate ConvertToSurrogate(in CancelReject r) => new()
    {
        ClientOrderId = r.ClientOrderId,
        ResponseTo = r.ResponseTo,
        Reason = r.Reason,
        TransactTime = r.TransactTime,
        OrigClientOrderId = r.OrigClientOrderId,
        VenueOrderId = r.VenueOrderId,
        OrdStatus = r.OrdStatus,
        Text = r.Text,
    };
}
