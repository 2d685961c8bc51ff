namespace OrleansTrading.Fix.Session;

/// <summary>Identifies a session from our side: BeginString, our SenderCompID and the counterparty's TargetCompID.</summary>
public sealed record FixSessionId(string BeginString, string SenderCompId, string TargetCompId)
{
    public override string ToString() => $"{BeginString}:{SenderCompId}->{TargetCompId}";

    /// <summary>A file-system-safe name for stores and logs.</summary>
    public string FileName => string.Concat($"{BeginString}-{SenderCompId}-{TargetCompId}".Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
