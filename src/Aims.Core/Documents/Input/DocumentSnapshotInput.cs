using Aims.Core.Documents.Snapshots;

namespace Aims.Core.Documents.Input;

/// <summary>A draft built from records: what to build it from (required) and what changed (optional; on a rebuild,
/// absent keeps the draft's summary).</summary>
public sealed record DocumentSnapshotInput
{
    public DocumentSnapshotKind? Kind { get; init; }
    public string? ChangeSummary { get; init; }

    /// <summary>The kind, or 400 naming <c>kind</c>.</summary>
    public DocumentSnapshotKind RequiredKind() => Kind ?? throw new Common.ValidationFailedException("kind",
        "Kind is required: what the draft is built from (aiSystemInventory: every active AI system).");
}
