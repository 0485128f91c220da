namespace Aims.Core.Documents.Snapshots;

/// <summary>One record that differs from what a snapshot version was built from.</summary>
public sealed record SnapshotChange(Guid RecordId, string Name, SnapshotChangeKind Kind, string Detail);

/// <summary>How a record differs from the snapshot: edited, gone from it (archived), or new since.</summary>
public enum SnapshotChangeKind
{
    Changed,
    Removed,
    Added,
}
