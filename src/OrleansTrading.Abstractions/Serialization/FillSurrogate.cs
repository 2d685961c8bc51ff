using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Abstractions.Serialization;

[GenerateSerializer, Immutable, Alias("ot.Fill")]
public struct FillSurrogate
{
    [Id(0)] public FillId FillId { get; init; }
    [Id(1)] public AccountId Account { get; init; }
    [Id(2)] public StrategyId Strategy { get; init; }
    [Id(3)] public InstrumentId Instrument { get; init; }
    [Id(4)] public ClientOrderId ClientOrderId { get; init; }
    [Id(5)] public OrderSide Side { get; init; }
    [Id(6)] public Quantity Quantity { get; init; }
    [Id(7)] public Price Price { get; init; }
    [Id(8)] public Money Commission { get; init; }
    [Id(9)] public UnixNanos TsEvent { get; init; }
    [Id(10)] public UnixNanos TsInit { get; init; }
    [Id(11)] public VenueId? Venue { get; init; }
    [Id(12)] public ExecId? ExecId { get; init; }
    [Id(13)] public VenueOrderId? VenueOrderId { get; init; }
}

[RegisterConverter]
public sealed class FillConverter : IConverter<Fill, FillSurrogate>
{
    public Fill ConvertFromSurrogate(in FillSurrogate s) =>
        new(s.FillId, s.Account, s.Strategy, s.Instrument, s.ClientOrderId, s.Side, s.Quantity, s.Price, s.Commission, s.TsEvent, s.TsInit)
        {
            Venue = s.Venue,
            ExecId = s.ExecId,
            VenueOrderId = s.VenueOrderId,
        };

    public FillSurrogate ConvertToSurrogate(in Fill f) => new()
    {
        FillId = f.FillId,
        Account = f.Account,
        Strategy = f.Strategy,
        Instrument = f.Instrument,
        ClientOrderId = f.ClientOrderId,
        Side = f.Side,
        Quantity = f.Quantity,
        Price = f.Price,
        Commission = f.Commission,
        TsEvent = f.TsEvent,
        TsInit = f.TsInit,
        Venue = f.Venue,
        ExecId = f.ExecId,
        VenueOrderId = f.VenueOrderId,
    };
}
