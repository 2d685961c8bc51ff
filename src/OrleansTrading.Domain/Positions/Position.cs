using OrleansTrading.Domain.Fills;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Instruments;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.Domain.Positions;

/// <summary>
/// A net position in one instrument for an account (or one strategy of it), kept with average-cost accounting.
/// <para>
/// State is a signed net quantity, the signed <see cref="OpenCost"/> of the open quantity (quote currency,
/// multiplier applied), gross realised PnL and cumulative commissions. A trade that adds to the position adds
/// quantity × price × multiplier to the open cost. A trade that reduces it removes the proportional share of the
/// open cost and realises the difference with the trade's cash; a trade that crosses flat is split: the closing
/// part realises against the whole open cost, the remainder opens at the fill price. Flat means zero open cost.
/// </para>
/// <para>
/// Exactly-once: <see cref="Apply(Fill)"/> records each <see cref="FillId"/> and returns
/// <see cref="FillOutcome.Duplicate"/> for an id it has seen, changing nothing — every id, or with
/// <see cref="FillIdMemory.Recent"/> the newest ones, for owners that apply each fill once by other means.
/// </para>
/// <para>
/// Identity (exact in decimal): <c>RealisedPnlNet + UnrealisedPnl(mark) == CashFlow + MarkValue(mark)</c>, where
/// CashFlow is Σ(−signed quantity × price × multiplier − commission) over the applied fills.
/// </para>
/// </summary>
public sealed class Position
{
    /// <summary>
    /// Decimal places the open cost removed by a partial reduction is rounded to (banker's rounding). Only a partial
    /// reduction divides; the rounding residue stays in the open cost, so the cash-flow identity stays exact and a
    /// position that goes flat always ends with zero open cost.
    /// </summary>
    public const int OpenCostDecimals = 12;

    private readonly HashSet<FillId> _appliedFillIds;
    private readonly Queue<FillId>? _rememberedInOrder; // with a bounded memory: the remembered ids, oldest first
    private readonly int _memoryLimit;
    private readonly bool _unitMultiplier;

    public Position(PositionKey key, Currency currency, decimal multiplier, int expectedFills = 0, FillIdMemory memory = default)
    {
        if (currency.Code is null)
        {
            throw new ArgumentException($"Position {key}: a currency is required (the instrument's quote currency).", nameof(currency));
        }

        if (multiplier <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), multiplier, $"Position {key}: multiplier must be positive.");
        }

        Key = key;
        Currency = currency;
        Multiplier = multiplier;
        _unitMultiplier = multiplier == 1m;
        _memoryLimit = memory.Limit;
        _appliedFillIds = new HashSet<FillId>(_memoryLimit > 0 ? Math.Clamp(expectedFills, 0, _memoryLimit) : Math.Max(expectedFills, 0));
        _rememberedInOrder = _memoryLimit > 0 ? new Queue<FillId>() : null;
    }

    /// <summary>A flat position for <paramref name="account"/> (and optionally one strategy) in <paramref name="instrument"/>.</summary>
    public static Position Open(Instrument instrument, AccountId account, StrategyId? strategy = null, int expectedFills = 0, FillIdMemory memory = default)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new Position(new PositionKey(account, instrument.Id, strategy), instrument.QuoteCurrency, instrument.Multiplier, expectedFills, memory);
    }

    /// <summary>Rebuilds a position from a snapshot, including its applied fill ids; a snapshot that breaks an invariant is refused.</summary>
    public static Position Restore(PositionSnapshot snapshot, FillIdMemory memory = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.AppliedFillIds);
        if (snapshot.NetQuantity == 0m && snapshot.OpenCost != 0m)
        {
            throw new ArgumentException(
                $"Position snapshot {snapshot.Key} is flat but has open cost {snapshot.OpenCost}; a flat position has zero open cost.",
                nameof(snapshot));
        }

        var position = new Position(snapshot.Key, snapshot.Currency, snapshot.Multiplier, snapshot.AppliedFillIds.Count, memory);
        var listed = position._rememberedInOrder is null ? null : new HashSet<FillId>(); // a bounded memory may forget a repeat
        foreach (var fillId in snapshot.AppliedFillIds)
        {
            if (!position.Remember(fillId) || listed?.Add(fillId) == false)
            {
                throw new ArgumentException(
                    $"Position snapshot {snapshot.Key} lists fill {fillId} twice; each applied fill id appears once.",
                    nameof(snapshot));
            }
        }

        position.NetQuantity = snapshot.NetQuantity;
        position.OpenCost = snapshot.OpenCost;
        position.RealisedPnlGross = snapshot.RealisedPnlGross;
        position.Commissions = snapshot.Commissions;
        return position;
    }

    public PositionKey Key { get; }

    /// <summary>The instrument's quote currency: every money amount of this position is in it.</summary>
    public Currency Currency { get; }

    public decimal Multiplier { get; }

    /// <summary>Signed net quantity: positive long, negative short.</summary>
    public decimal NetQuantity { get; private set; }

    /// <summary>Signed cost basis of the open quantity, multiplier applied (net quantity × average open price × multiplier).</summary>
    public decimal OpenCost { get; private set; }

    /// <summary>Realised PnL before commissions.</summary>
    public decimal RealisedPnlGross { get; private set; }

    /// <summary>Cumulative commissions paid (rebates count negative).</summary>
    public decimal Commissions { get; private set; }

    /// <summary>Realised PnL after commissions: <see cref="RealisedPnlGross"/> − <see cref="Commissions"/>.</summary>
    public decimal RealisedPnlNet => RealisedPnlGross - Commissions;

    /// <summary>Total cash flow of the applied fills: Σ(−signed quantity × price × multiplier − commission).</summary>
    public decimal CashFlow => RealisedPnlGross - OpenCost - Commissions;

    public PositionSide Side => NetQuantity switch
    {
        > 0m => PositionSide.Long,
        < 0m => PositionSide.Short,
        _ => PositionSide.Flat,
    };

    /// <summary>Average open price: open cost ÷ (net quantity × multiplier); zero when flat. Informational (rounded by the division).</summary>
    public Price AverageOpenPrice => NetQuantity == 0m ? Price.Zero : new Price(OpenCost / (NetQuantity * Multiplier));

    /// <summary>Fill ids the position remembers: all it applied, or with a bounded <see cref="FillIdMemory"/> the newest of them.</summary>
    public int AppliedFillCount => _appliedFillIds.Count;

    /// <summary>Whether the position remembers applying <paramref name="fillId"/>.</summary>
    public bool HasApplied(FillId fillId) => _appliedFillIds.Contains(fillId);

    /// <summary>Signed value of the open quantity at <paramref name="mark"/>: net quantity × mark × multiplier.</summary>
    public decimal MarkValue(Price mark) => NetQuantity * mark.Value * Multiplier;

    /// <summary>Open PnL at <paramref name="mark"/>: <see cref="MarkValue"/> − <see cref="OpenCost"/>.</summary>
    public decimal UnrealisedPnl(Price mark) => MarkValue(mark) - OpenCost;

    /// <summary>
    /// Applies <paramref name="fill"/> once. A fill id seen before returns <see cref="FillOutcome.Duplicate"/> and changes
    /// nothing. A fill for another account, instrument or strategy, with a zero quantity, or with a commission in
    /// another currency is refused with an <see cref="ArgumentException"/> and changes nothing.
    /// </summary>
    public FillApplication Apply(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        if (fill.Account != Key.Account || fill.Instrument != Key.Instrument || (Key.Strategy is { } strategy && fill.Strategy != strategy))
        {
            throw new ArgumentException(
                $"Fill {fill.FillId} is for {fill.Account}/{fill.Strategy}/{fill.Instrument}, not position {Key}; route it to its own position.",
                nameof(fill));
        }

        var commission = CommissionIn(fill.Commission, fill.FillId);
        var change = Compute(fill.Side, fill.Quantity, fill.Price, commission, fill.FillId.Value, out var openCost);
        if (!Remember(fill.FillId))
        {
            return FillApplication.Duplicate(NetQuantity);
        }

        Commit(change, openCost);
        return new FillApplication(FillOutcome.Applied, change);
    }

    /// <summary>
    /// Applies a trade that carries no fill id, without the exactly-once check: for callers that deduplicate upstream
    /// (a backtest loop). Same accounting as <see cref="Apply(Fill)"/>.
    /// </summary>
    public PositionChange ApplyTrade(OrderSide side, Quantity quantity, Price price, decimal commission = 0m)
    {
        var change = Compute(side, quantity, price, commission, "trade", out var openCost);
        Commit(change, openCost);
        return change;
    }

    public PositionSnapshot ToSnapshot()
    {
        var ids = new FillId[_appliedFillIds.Count];
        if (_rememberedInOrder is { } order)
        {
            order.CopyTo(ids, 0);
        }
        else
        {
            _appliedFillIds.CopyTo(ids);
        }

        return new PositionSnapshot(Key, Currency, Multiplier, NetQuantity, OpenCost, RealisedPnlGross, Commissions, ids);
    }

    /// <summary>Remembers an applied fill id, forgetting the oldest beyond a bounded memory; false if it is remembered already.</summary>
    private bool Remember(FillId fillId)
    {
        if (!_appliedFillIds.Add(fillId))
        {
            return false;
        }

        if (_rememberedInOrder is { } order)
        {
            order.Enqueue(fillId);
            if (order.Count > _memoryLimit)
            {
                _appliedFillIds.Remove(order.Dequeue());
            }
        }

        return true;
    }

    private decimal CommissionIn(Money commission, FillId fillId)
    {
        if (commission.Amount != 0m && commission.Currency != Currency)
        {
            throw new ArgumentException(
                $"Fill {fillId} charges commission in {commission.Currency} but position {Key} is in {Currency}; convert the commission to {Currency} first.",
                nameof(commission));
        }

        return commission.Amount;
    }

    /// <summary>The change a trade would make and the open cost after it; mutates nothing (so a refused or duplicate fill changes nothing).</summary>
    private PositionChange Compute(OrderSide side, Quantity quantity, Price price, decimal commission, string what, out decimal openCost)
    {
        var size = quantity.Value;
        if (IsZero(size) || decimal.IsNegative(size))
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), size, $"{what} on {Key}: quantity must be positive.");
        }

        var signed = side switch
        {
            OrderSide.Buy => size,
            OrderSide.Sell => -size,
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, $"{what} on {Key}: side must be Buy or Sell."),
        };

        // Sign tests use the decimal's sign bit (no comparison call); value of one unit = price × multiplier.
        var before = NetQuantity;
        var unitValue = _unitMultiplier ? price.Value : price.Value * Multiplier;
        var tradeCash = -(signed * unitValue);
        if (IsZero(before) || decimal.IsNegative(before) == decimal.IsNegative(signed))
        {
            // Opening or adding: cost grows by the trade's value, nothing is realised.
            openCost = OpenCost - tradeCash;
            return new PositionChange(before, before + signed, 0m, size, 0m, commission, tradeCash);
        }

        var absBefore = Math.Abs(before);
        if (size < absBefore)
        {
            // Partial reduction: remove the proportional open cost, realise the difference with the trade's cash.
            var removed = Math.Round(OpenCost * size / absBefore, OpenCostDecimals, MidpointRounding.ToEven);
            openCost = OpenCost - removed;
            return new PositionChange(before, before + signed, size, 0m, tradeCash - removed, commission, tradeCash);
        }

        // Close the whole position against the whole open cost; any remainder opens at the fill price.
        var remainder = before + signed;
        openCost = remainder * unitValue;
        return new PositionChange(before, remainder, absBefore, Math.Abs(remainder), (before * unitValue) - OpenCost, commission, tradeCash);
    }

    /// <summary>Zero test on the decimal's bits (decimal implements it only through <see cref="System.Numerics.INumberBase{T}"/>).</summary>
    private static bool IsZero<T>(T value)
        where T : System.Numerics.INumberBase<T> => T.IsZero(value);

    private void Commit(in PositionChange change, decimal openCost)
    {
        NetQuantity = change.NetQuantityAfter;
        OpenCost = openCost;
        if (!IsZero(change.RealisedPnlGross))
        {
            RealisedPnlGross += change.RealisedPnlGross;
        }

        if (!IsZero(change.Commission))
        {
            Commissions += change.Commission;
        }
    }
}
