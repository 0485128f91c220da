namespace Aims.Core.Evidence;

/// <summary>An item's validity today, with the reason in words and the days left (negative once expired).</summary>
/// <param name="Status">Valid, expires soon or expired.</param>
/// <param name="Reason">Why, e.g. "Expired: valid until 2026-03-31, 12 days ago."</param>
/// <param name="DaysLeft">Days from today to the valid-until date (0 on its last day); null without one.</param>
public sealed record EvidenceValidityState(EvidenceValidity Status, string Reason, int? DaysLeft);
