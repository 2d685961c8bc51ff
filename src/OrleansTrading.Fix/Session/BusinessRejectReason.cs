namespace OrleansTrading.Fix.Session;

/// <summary>BusinessRejectReason (380) codes.</summary>
public enum BusinessRejectReason
{
    Other = 0,
    UnknownId = 1,
    UnknownSecurity = 2,
    UnsupportedMessageType = 3,
    ApplicationNotAvailable = 4,
    ConditionallyRequiredFieldMissing = 5,
    NotAuthorized = 6,
    DeliverToFirmNotAvailableAtThisTime = 7,
}
