namespace OrleansTrading.Fix.Dictionary;

/// <summary>Which dictionary checks run (QuickFIX setting names in brackets).</summary>
public sealed record FixValidationOptions
{
    public static FixValidationOptions Default { get; } = new();

    /// <summary>Header fields must precede body fields, trailer fields come last [ValidateFieldsOutOfOrder].</summary>
    public bool CheckFieldsOutOfOrder { get; init; } = true;

    /// <summary>Fields must not be empty [ValidateFieldsHaveValues].</summary>
    public bool CheckFieldsHaveValues { get; init; } = true;

    /// <summary>Tags of 5000 and above must be defined too [ValidateUserDefinedFields].</summary>
    public bool CheckUserDefinedFields { get; init; } = true;

    /// <summary>Accept defined fields that the message type does not list [AllowUnknownMsgFields].</summary>
    public bool AllowUnknownMessageFields { get; init; }
}
