namespace OrleansTrading.Domain.Simulation;

/// <summary>Settings of the <see cref="FillModel"/>.</summary>
public sealed record FillModelOptions
{
    /// <summary>Take the whole displayed size and whole trades; resting limits fill only when traded through.</summary>
    public static readonly FillModelOptions Default = new(1m, 1m, fillRestingLimitAtTouch: false);

    /// <param name="quoteParticipation">Largest share (0 &lt; x ≤ 1) of the displayed size at the touch one order may take per quote.</param>
    /// <param name="tradeParticipation">Largest share (0 &lt; x ≤ 1) of a trade's size one order may take per trade.</param>
    /// <param name="fillRestingLimitAtTouch">
    /// On trades: true fills a resting limit when a trade prints at its limit; false (the conservative default, as
    /// the queue position is unknown) only when a trade prints through it.
    /// </param>
    public FillModelOptions(decimal quoteParticipation, decimal tradeParticipation, bool fillRestingLimitAtTouch)
    {
        if (quoteParticipation is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(quoteParticipation), quoteParticipation, "Quote participation is a fraction above 0 and at most 1 (e.g. 0.25 for 25% of the displayed size).");
        }

        if (tradeParticipation is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(tradeParticipation), tradeParticipation, "Trade participation is a fraction above 0 and at most 1 (e.g. 0.1 for 10% of each trade).");
        }

        QuoteParticipation = quoteParticipation;
        TradeParticipation = tradeParticipation;
        FillRestingLimitAtTouch = fillRestingLimitAtTouch;
    }

    public decimal QuoteParticipation { get; }

    public decimal TradeParticipation { get; }

    public bool FillRestingLimitAtTouch { get; }
}
