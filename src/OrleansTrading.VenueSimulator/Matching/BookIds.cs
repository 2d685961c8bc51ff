using System.Globalization;
using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>
/// Deterministic ids for one book (or the venue itself): the prefix, a letter for the kind, and a per-kind sequence
/// number — <c>{prefix}O7</c> venue order ids, <c>{prefix}E12</c> exec ids, <c>{prefix}T3</c> trade ids,
/// <c>{prefix}L2</c> ClOrdIDs of liquidity ladder orders.
/// </summary>
internal sealed class BookIds(string prefix)
{
    private long _orders;
    private long _execs;
    private long _trades;
    private long _ladderOrders;

    public string Prefix { get; } = prefix;

    public (long Number, VenueOrderId Id) NextOrder()
    {
        var number = ++_orders;
        return (number, new VenueOrderId(Compose('O', number)));
    }

    public ExecId NextExec() => new(Compose('E', ++_execs));

    public TradeId NextTrade() => new(Compose('T', ++_trades));

    public ClientOrderId NextLadderClientOrderId() => new(Compose('L', ++_ladderOrders));

    private string Compose(char kind, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{kind}{number}");
}
