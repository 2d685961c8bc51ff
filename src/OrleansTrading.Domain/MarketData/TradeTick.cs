using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Time;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.MarketData;

/// <summary>
/// One printed trade. A zero size is allowed (index levels and some reference prints carry no size): such a tick
/// moves a bar's prices and tick count but adds no volume or notional.
/// </summary>
/// <param name="Instrument">The canonical instrument.</param>
/// <param name="Price">Trade price in the quote currency.</param>
/// <param name="Size">Traded quantity (never negative; <see cref="Quantity"/> enforces it).</param>
/// <param name="Aggressor">Who took liquidity, when known.</param>
/// <param name="TradeId">The venue's trade id; <c>default</c> when the feed has none.</param>
/// <param name="TsEvent">When the venue says the trade happened.</param>
/// <param name="TsInit">When the platform first saw it.</param>
public readonly record struct TradeTick(
    InstrumentId Instrument,
    Price Price,
    Quantity Size,
    AggressorSide Aggressor,
    TradeId TradeId,
    UnixNanos TsEvent,
    UnixNanos TsInit);
