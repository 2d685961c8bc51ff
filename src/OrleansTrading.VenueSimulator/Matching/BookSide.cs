using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// One side of the book: price levels kept sorted so that the best level is the last one (bids ascending, asks
/// descending), which makes taking and removing the best level O(1).
/// </summary>
internal sealed class BookSide
{
    private readonly SortedList<decimal, PriceLevel> _levels;

    public BookSide(OrderSide side)
    {
        Side = side;
        _levels = new SortedList<decimal, PriceLevel>(
            side == OrderSide.Buy ? Comparer<decimal>.Default : Comparer<decimal>.Create(static (a, b) => b.CompareTo(a)));
    }

    public OrderSide Side { get; }

    public int LevelCount => _levels.Count;

    public PriceLevel? Best => _levels.Count == 0 ? null : _levels.Values[^1];

    /// <summary>The level <paramref name="rank"/> places from the best (0 = best).</summary>
    public PriceLevel LevelAt(int rank) => _levels.Values[_levels.Count - 1 - rank];

    /// <summary>Puts <paramref name="order"/> at the back of the queue at its limit price.</summary>
    public void Add(BookOrder order)
    {
        var price = order.LimitPrice!.Value;
        if (!_levels.TryGetValue(price.Value, out var level))
        {
            level = new PriceLevel(price);
            _levels.Add(price.Value, level);
        }

        order.Level = level;
        order.Node = level.Orders.AddLast(order);
    }

    public void Remove(BookOrder order)
    {
        var level = order.Level!;
        level.Orders.Remove(order.Node!);
        order.Level = null;
        order.Node = null;
        if (level.IsEmpty)
        {
            _levels.Remove(level.Price.Value);
        }
    }
}
