using Aims.Core.Evidence.Files;
using Aims.Core.Registers;

namespace Aims.Core.Evidence;

/// <summary>
/// The evidence list's columns, for the screen and every export: what an auditor asks of each item (what it is,
/// what it covers, effective when, valid until and whether it still counts, which exact file) in that order.
/// </summary>
public static class EvidenceColumns
{
    public static IReadOnlyList<RegisterColumn<EvidenceItemView>> All { get; } =
    [
        new("id", "Id", e => e.Id),
        new("title", "Title", e => e.Title),
        new("kind", "Kind", e => EvidenceLabels.Kind(e.Kind)),
        new("owner", "Owner", e => e.OwnerName),
        new("effectiveDate", "Effective date", e => e.EffectiveDate),
        new("validUntil", "Valid until", e => e.ValidUntil),
        new("validity", "Validity", e => EvidenceLabels.Validity(e.Validity.Status)),
        new("validityReason", "Validity reason", e => e.Validity.Reason),
        new("controls", "Annex A controls", e => Ids(e.Controls)),
        new("clauses", "Clauses", e => Ids(e.Clauses)),
        new("aiSystems", "AI systems", e => Names(e.AiSystems)),
        new("documents", "Documents", e => Names(e.Documents)),
        new("url", "Link", e => e.Url),
        new("reference", "Refers to", e => e.Reference is { } r ? $"{EvidenceLabels.Target(r.Type)}: {r.Name ?? r.Id}" : null),
        new("fileName", "File name", e => e.File?.FileName),
        new("fileKind", "File kind", e => e.File is { } f ? StoredFileKinds.DisplayName(f.Kind) : null),
        new("sha256", "SHA-256", e => e.File?.Sha256),
        new("sizeBytes", "Size (bytes)", e => e.File?.SizeBytes),
        new("fileCount", "Files", e => e.FileCount),
        new("computed", "Computed result", e => e.File?.Computed is { } c ? ComputedText(c) : null),
        new("description", "Description", e => e.Description),
        new("archivedAt", "Archived at", e => e.ArchivedAt),
        new("archiveReason", "Archive reason", e => e.ArchiveReason),
        new("createdAt", "Created at", e => e.CreatedAt),
        new("createdBy", "Created by", e => e.CreatedBy),
        new("updatedAt", "Updated at", e => e.UpdatedAt),
        new("updatedBy", "Updated by", e => e.UpdatedBy),
        new("version", "Version", e => e.Version),
    ];

    /// <summary>"Fairness: 3 of 4 checks pass (breach)" — the headline of a computed result in one cell.</summary>
    public static string ComputedText(ComputedEvidenceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var passed = summary.Checks.Count(c => c.Passed);
        return $"{summary.Kind}: {passed} of {summary.Checks.Count} checks pass{(summary.Breach ? " (breach)" : "")}";
    }

    private static string? Ids(IReadOnlyList<EvidenceLinkView> links) =>
        links.Count == 0 ? null : string.Join("; ", links.Select(l => l.Id));

    private static string? Names(IReadOnlyList<EvidenceLinkView> links) =>
        links.Count == 0 ? null : string.Join("; ", links.Select(l => l.Name ?? l.Id));
}
