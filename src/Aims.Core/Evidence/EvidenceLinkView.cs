namespace Aims.Core.Evidence;

/// <summary>
/// One thing an item is linked to (or, as <see cref="EvidenceItemView.Reference"/>, refers to), with the name people
/// know it by: the control's or clause's title from the catalog, the AI system's name. <see cref="Name"/> is null
/// when the record is not (or no longer) visible, e.g. a document id before the document register resolves it.
/// </summary>
public sealed record EvidenceLinkView(EvidenceTargetType Type, string Id, string? Name);
