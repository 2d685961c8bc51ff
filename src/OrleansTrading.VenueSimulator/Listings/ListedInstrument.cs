using OrleansTrading.Domain.Instruments;
using OrleansTrading.VenueSimulator.Matching;

namespace OrleansTrading.VenueSimulator.Listings;

/// <summary>
/// One instrument the simulated venue trades: the FIX Symbol (55) clients use, the instrument (id, tick, lot) the
/// book checks orders against, and the liquidity ladder seeded at start, if any.
/// </summary>
public sealed record ListedInstrument(string Symbol, Instrument Instrument, LiquidityLadder? Ladder);
