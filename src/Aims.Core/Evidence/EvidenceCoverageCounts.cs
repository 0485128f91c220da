namespace Aims.Core.Evidence;

/// <summary>Active evidence items of a clause or control by validity: what readiness and the SoA look at.</summary>
/// <param name="Active">All active (not archived) linked items.</param>
/// <param name="Valid">Those that count and do not expire within 30 days.</param>
/// <param name="ExpiresSoon">Those that count but expire within 30 days.</param>
/// <param name="Expired">Those whose valid-until date has passed: flagged, they no longer count.</param>
public sealed record EvidenceCoverageCounts(int Active, int Valid, int ExpiresSoon, int Expired);
