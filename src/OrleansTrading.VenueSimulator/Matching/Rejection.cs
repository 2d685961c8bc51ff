namespace OrleansTrading.VenueSimulator.Matching;

/// <summary>Why a request cannot be accepted: a FIX reason code and a sentence saying what is wrong and what is allowed.</summary>
internal readonly record struct Rejection(OrderRejectReason Reason, string Text);
