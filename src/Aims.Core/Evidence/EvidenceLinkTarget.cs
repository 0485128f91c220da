namespace Aims.Core.Evidence;

/// <summary>One validated link of an input: the target's type, its canonical id, and the record id for record targets.</summary>
internal sealed record EvidenceLinkTarget(EvidenceTargetType Type, string Id, Guid? RecordId);
