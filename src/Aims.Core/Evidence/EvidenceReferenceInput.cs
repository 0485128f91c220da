namespace Aims.Core.Evidence;

/// <summary>The record a record-reference item points to: its type (aiSystem, document) and id.</summary>
public sealed record EvidenceReferenceInput
{
    public EvidenceTargetType? Type { get; init; }
    public Guid? Id { get; init; }
}
