using Aims.Core.Evidence.Files;

namespace Aims.Core.Evidence;

/// <summary>
/// One file of an evidence item: what it is (kind and content type from its bytes), its SHA-256, when and by whom it was
/// uploaded, the dates it was stated with, and for an <c>aims evidence</c> document its computed summary.
/// </summary>
public sealed record EvidenceFileView(
    int Number,
    bool Current,
    string Sha256,
    long SizeBytes,
    StoredFileKind Kind,
    string ContentType,
    string? FileName,
    DateOnly EffectiveDate,
    DateOnly? ValidUntil,
    DateTimeOffset UploadedAt,
    Guid UploadedById,
    string? UploadedByName,
    ComputedEvidenceSummary? Computed);
