namespace OrleansTrading.Domain.Bars;

/// <summary>
/// The mutable state of one bar being built. Kept in preallocated arrays and updated through <c>ref</c>, so the
/// per-tick path allocates nothing. Open/close follow TsEvent order (ties: open keeps the earlier arrival, close
/// takes the later), which makes a bar independent of the order in which its ticks arrived.
/// </summary>
internal struct BarAccumulator
{
    /// <summary>Interval start for time bars; unused (0) for event bars.</summary>
    public long Start;
    public decimal Open;
    public decimal High;
    public decimal Low;
    public decimal Close;
    public long OpenTs;
    public long CloseTs;
    public decimal Volume;
    public decimal Notional;
    public long TickCount;

    public void Begin(long start, decimal price, decimal size, decimal notional, long ts)
    {
        Start = start;
        Open = High = Low = Close = price;
        OpenTs = CloseTs = ts;
        Volume = size;
        Notional = notional;
        TickCount = 1;
    }

    public void Add(decimal price, decimal size, decimal notional, long ts)
    {
        if (price > High)
        {
            High = price;
        }
        else if (price < Low)
        {
            Low = price;
        }

        if (ts < OpenTs)
        {
            Open = price;
            OpenTs = ts;
        }

        if (ts >= CloseTs)
        {
            Close = price;
            CloseTs = ts;
        }

        Volume += size;
        Notional += notional;
        TickCount++;
    }
}
