using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

/// <summary>The persisted form of a kernel <see cref="OrderSnapshot"/>; field ids are a storage format, never renumber.</summary>
[GenerateSerializer, Immutable, Alias("ot.OrderSnapshot")]
public struct OrderSnapshotSurrogate
{
    public OrderSnapshotSurrogate()
    {
    }

    [Id(0)] public ClientOrderId OrderId { get; init; }
    [Id(1)] public AccountId Account { get; init; }
    [Id(2)] public StrategyId Strategy { get; init; }
    [Id(3)] public InstrumentId Instrument { get; init; }
    [Id(4)] public VenueId Venue { get; init; }
    [Id(5)] public OrderSide Side { get; init; }
    [Id(6)] public OrderType Type { get; init; }
    [Id(7)] public TimeInForce TimeInForce { get; init; }
    [Id(8)] public Currency QuoteCurrency { get; init; }
    [Id(9)] public Quantity Quantity { get; init; }
    [Id(10)] public Price? LimitPrice { get; init; }
    [Id(11)] public Price? StopPrice { get; init; }
    [Id(12)] public UnixNanos? ExpireTime { get; init; }
    [Id(13)] public UnixNanos? ExpiresAt { get; init; }
    [Id(14)] public OrderStatus Status { get; init; }
    [Id(15)] public OrderStatus? StatusBeforePendingRequest { get; init; }
    [Id(16)] public PendingOrderRequest? PendingRequest { get; init; }
    [Id(17)] public ClientOrderId ClientOrderId { get; init; }
    [Id(18)] public ClientOrderId[] ClientOrderIds { get; init; } = [];
    [Id(19)] public VenueOrderId? VenueOrderId { get; init; }
    [Id(20)] public Fill[] Fills { get; init; } = [];
    [Id(21)] public ExecId[] ExecIds { get; init; } = [];
    [Id(22)] public UnixNanos TsInit { get; init; }
    [Id(23)] public UnixNanos TsLastUpdate { get; init; }
}

[RegisterConverter]
public sealed class OrderSnapshotConverter : IConverter<OrderSnapshot, OrderSnapshotSurrogate>
{
    public OrderSnapshot ConvertFromSurrogate(in OrderSnapshotSurrogate s) => new()
    {
        OrderId = s.OrderId,
        Account = s.Account,
        Strategy = s.Strategy,
        Instrument = s.Instrument,
        Venue = s.Venue,
        Side = s.Side,
        Type = s.Type,
        TimeInForce = s.TimeInForce,
        QuoteCurrency = s.QuoteCurrency,
        Quantity = s.Quantity,
        LimitPrice = s.LimitPrice,
        StopPrice = s.StopPrice,
        ExpireTime = s.ExpireTime,
        ExpiresAt = s.ExpiresAt,
        Status = s.Status,
        StatusBeforePendingRequest = s.StatusBeforePendingRequest,
        PendingRequest = s.PendingRequest,
        ClientOrderId = s.ClientOrderId,
        ClientOrderIds = s.ClientOrderIds,
        VenueOrderId = s.VenueOrderId,
        Fills = s.Fills,
        ExecIds = s.ExecIds,
        TsInit = s.TsInit,
        TsLastUpdate = s.TsLastUpdate,
    };

    public OrderSnapshotSurrogate ConvertToSurrogate(in OrderSnapshot o) => new()
    {
        OrderId = o.OrderId,
        Account = o.Account,
        Strategy = o.Strategy,
        Instrument = o.Instrument,
        Venue = o.Venue,
        Side = o.Side,
        Type = o.Type,
        TimeInForce = o.TimeInForce,
        QuoteCurrency = o.QuoteCurrency,
        Quantity = o.Quantity,
        LimitPrice = o.LimitPrice,
        StopPrice = o.StopPrice,
        ExpireTime = o.ExpireTime,
        ExpiresAt = o.ExpiresAt,
        Status = o.Status,
        StatusBeforePendingRequest = o.StatusBeforePendingRequest,
        PendingRequest = o.PendingRequest,
        ClientOrderId = o.ClientOrderId,
        ClientOrderIds = [.. o.ClientOrderIds],
        VenueOrderId = o.VenueOrderId,
        Fills = [.. o.Fills],
        ExecIds = [.. o.ExecIds],
        TsInit = o.TsInit,
        TsLastUpdate = o.TsLastUpdate,
    };
}
