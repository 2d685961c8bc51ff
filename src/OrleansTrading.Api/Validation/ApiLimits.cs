using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Api.Validation;

public static class ApiLimits
{
    /// <summary>
    /// A client order id leaves room in the 64-character identifier for the suffix the platform appends to form
    /// each cancel/replace ClOrdID it sends to the venue.
    /// </summary>
    public const int MaxClientOrderIdLength = Identifier.MaxLength - 8;

    public const int MaxReasonLength = 256;

    public const int MaxTextLength = 256;

    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 1000;

    public const int MaxPageTokenLength = 512;

    public const int MaxInstrumentsPerRequest = 1000;
}
