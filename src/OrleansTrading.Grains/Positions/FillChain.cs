namespace OrleansTrading.Grains.Positions;

/// <summary>What a position does with a fill its account hands it (<see cref="FillChain.Decide"/>).</summary>
public enum FillStep
{
    /// <summary>Applied already: at or before the sequence the position has every fill through.</summary>
    Duplicate,

    /// <summary>The next fill of the instrument in journal order: apply it and advance to its sequence.</summary>
    ApplyNext,

    /// <summary>
    /// An earlier fill of the instrument has not arrived yet (fills of concurrent orders can overtake each other), or the
    /// sender did not say which fill came before: read the journal up to its end, which holds this fill, and apply
    /// what is missing in journal order.
    /// </summary>
    CatchUp,
}

/// <summary>
/// How a position follows its account's order journal without reading it per fill. The position has applied every
/// fill of its instrument with a journal sequence up to <c>through</c> and none after it. The account hands each fill
/// with its own sequence and the sequence of the account's previous fill in the same instrument (0 when it is the
/// first, null when the account does not know): a fill whose previous one is at or before <c>through</c> is the next
/// one, so the position applies fills in journal order and its <c>through</c> is always a safe snapshot point.
/// </summary>
public static class FillChain
{
    public static FillStep Decide(long through, long sequence, long? previousFillSequence) =>
        sequence <= through ? FillStep.Duplicate
        : previousFillSequence is { } previous && previous <= through ? FillStep.ApplyNext
        : FillStep.CatchUp;
}
