namespace OrleansTrading.Fix.Dictionary;

/// <summary>Outcome of validating a message against a dictionary: valid, or the reject reason, RefTagID (371) and text.</summary>
public readonly record struct FixValidationResult(SessionRejectReason? Reason, int RefTagId, string? Text)
{
    public static FixValidationResult Valid => default;

    public bool IsValid => Reason is null;

    public static FixValidationResult Fail(SessionRejectReason reason, int refTagId = 0, string? text = null) => new(reason, refTagId, text);
}
