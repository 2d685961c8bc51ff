namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>
/// A fact that needs the QuickFIX/C++ executor: skipped, with the reason, when <see cref="QuickFixExecutorProcess"/>
/// reports it unavailable (no compiler, no QuickFIX packages, no FIX44.xml), instead of failing.
/// </summary>
public sealed class QuickFixExecutorFactAttribute : FactAttribute
{
    public QuickFixExecutorFactAttribute()
    {
        if (QuickFixExecutorProcess.UnavailableReason is { } reason)
        {
            Skip = $"QuickFIX/C++ executor not available: {reason}";
        }
    }
}
