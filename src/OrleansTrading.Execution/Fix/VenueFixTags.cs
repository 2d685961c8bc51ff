namespace OrleansTrading.Execution.Fix;

/// <summary>FIX 4.4 tags the venue connector uses beyond those the engine itself knows (<see cref="OrleansTrading.Fix.Codec.FixTags"/>).</summary>
internal static class VenueFixTags
{
    public const int Commission = 12;
    public const int CommType = 13;
    public const int CxlRejReason = 102;
    public const int OrdRejReason = 103;
    public const int ExpireTime = 126;
    public const int BusinessRejectRefId = 379;
    public const int CxlRejResponseTo = 434;
    public const int CommCurrency = 479;
    public const int MassStatusReqId = 584;
    public const int MassStatusReqType = 585;
    public const int OrdStatusReqId = 790;
    public const int TotNumReports = 911;
    public const int LastRptRequested = 912;
}
