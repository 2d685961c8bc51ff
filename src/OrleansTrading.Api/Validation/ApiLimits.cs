using OrleansTrading.Domain.Identifiers;

namespace OrleansTrading.Api.Validation;

public static class ApiLimits
{
    /// <summary>
    /// A client order id may use the whole identifier length: the ClOrdIDs sent to venues are derived from
    /// (account, client order id) by the order grain, not by appending to the client's id.
    /// </summary>
    public const int MaxClientOrderIdLength = Identifier.MaxLength;

    public const int MaxReasonLength = 256;

    public const int MaxTextLength = 256;

    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 1000;

    public const int MaxPageTokenLength = 512;

    public const int MaxInstrumentsPerRequest = 1000;

    /// <summary>The most orders one SubmitOrders call takes.</summary>
    public const int MaxOrdersPerBasket = 500;
}
