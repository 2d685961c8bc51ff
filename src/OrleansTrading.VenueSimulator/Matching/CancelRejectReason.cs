namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Why a cancel or replace request was refused. Values are FIX CxlRejReason (102) codes.</summary>
public enum CancelRejectReason
{
    /// <summary>The order is already done (filled, canceled, expired).</summary>
    TooLateToCancel = 0,
    UnknownOrder = 1,
    /// <summary>A replace that asks for something the venue does not allow; the text says what.</summary>
    BrokerOption = 2,
    DuplicateClientOrderId = 6,
    Other = 99,
}
