namespace Aims.Core.Documents.Views;

/// <summary>
/// One approval of a version: who signed, when, the SHA-256 they approved, the review round, and whether it counts
/// now (<see cref="Current"/>: it belongs to the version's current round; approvals of a round that ended with a
/// return to draft stay in the record but no longer count).
/// </summary>
public sealed record ApprovalView(PersonRef Approver, DateTimeOffset ApprovedAt, string Sha256, int Round, bool Current,
    string Reauthentication, string? Note);
