namespace Aims.Core.Documents.Snapshots;

/// <summary>
/// Whether the records a snapshot version was built from have changed since it was built — for the version in force,
/// the auditor's "changed since approval" — with each change named.
/// </summary>
public sealed record SnapshotChangesView(int Number, DocumentSnapshotKind Kind, DateTimeOffset? ApprovedAt, bool Changed,
    IReadOnlyList<SnapshotChange> Changes);
