namespace OrleansTrading.Execution.Reconciliation;

/// <summary>What reconciliation concludes about one order after the venue's answer has been applied to it.</summary>
/// <param name="Discrepancy">What does not add up; null when the venue and the platform agree.</param>
/// <param name="Resolved">The discrepancy was settled automatically (informational); false when a person must act.</param>
/// <param name="CloseRoute">Nothing more will come from the venue about this order: take it out of the open set.</param>
/// <param name="RestorePendingRequest">The order's pending cancel/replace never reached the venue: reject it locally so the order returns to its previous state.</param>
/// <param name="Message">For the discrepancy event and the logs.</param>
public sealed record ReconciliationAssessment(DiscrepancyKind? Discrepancy, bool Resolved, bool CloseRoute, bool RestorePendingRequest, string Message);
