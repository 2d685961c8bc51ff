namespace OrleansTrading.Fix.Codec;

/// <summary>What <see cref="FixFramer.Find"/> found at the start of a receive buffer.</summary>
public enum FixFrameResult
{
    /// <summary>No complete message yet: read more bytes.</summary>
    NeedMoreData,

    /// <summary>A complete message occupies the first <c>length</c> bytes.</summary>
    Frame,

    /// <summary>The first <c>length</c> bytes cannot start a message: discard them and look again.</summary>
    Garbage,
}
