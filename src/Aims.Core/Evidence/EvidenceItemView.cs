using Aims.Core.Registers;

namespace Aims.Core.Evidence;

/// <summary>
/// An evidence item as callers see it: names resolved (owner, linked controls, clauses and AI systems), validity
/// computed for today with its reason, and the current file with its computed summary when it is one.
/// <see cref="Sha256"/> is the current file's (null for links and record references), as the upload answers it.
/// </summary>
public sealed record EvidenceItemView(
    Guid Id,
    string Title,
    string? Description,
    EvidenceKind Kind,
    Guid OwnerId,
    string? OwnerName,
    DateOnly EffectiveDate,
    DateOnly? ValidUntil,
    EvidenceValidityState Validity,
    string? Url,
    EvidenceLinkView? Reference,
    string? Sha256,
    EvidenceFileView? File,
    int FileCount,
    IReadOnlyList<EvidenceLinkView> Controls,
    IReadOnlyList<EvidenceLinkView> Clauses,
    IReadOnlyList<EvidenceLinkView> AiSystems,
    IReadOnlyList<EvidenceLinkView> Documents,
    DateTimeOffset? ArchivedAt,
    string? ArchiveReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    long Version) : IRegisterView;
