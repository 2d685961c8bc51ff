using OrleansTrading.Domain.Values;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>The resting orders at one price on one side, in time priority (first = next to trade).</summary>
internal sealed class PriceLevel(Price price)
{
    public Price Price { get; } = price;

    public LinkedList<BookOrder> Orders { get; } = new();

    public BookOrder First => Orders.First!.Value;

    public bool IsEmpty => Orders.Count == 0;

    public decimal TotalLeaves()
    {
        var total = 0m;
        for (var node = Orders.First; node is not null; node = node.Next)
        {
            total += node.Value.Leaves;
        }

        return total;
    }
}
