using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Evidence;

/// <summary>
/// The rules of an evidence input that need the database: the owner is a member, and linked or referenced AI systems
/// exist in the caller's organization (the tenant filter hides every other organization's, so a foreign id reads as
/// unknown); so must linked documents.
/// </summary>
internal static class EvidenceChecks
{
    /// <summary>Adds the database problems to <paramref name="errors"/>; returns the owner's display name.</summary>
    public static async Task<string?> CheckAsync(AimsDbContext db, Caller caller, EvidenceItemInput input, Guid ownerId,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var ownerName = await RegisterOwners.CheckAsync(db, caller, ownerId, errors, ct);
        var documents = (input.DocumentIds ?? []).Distinct().ToList();
        if (documents.Count > 0)
        {
            var known = await db.Set<Documents.Document>().Where(d => documents.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
            var unknown = documents.Where(id => !known.Contains(id)).ToList();
            if (unknown.Count > 0 && !errors.ContainsKey("documentIds"))
            {
                errors["documentIds"] = [$"No document with id {string.Join(", ", unknown.Select(id => id.ToString("D")))} in this organization."];
            }
        }

        var referenced = input.Reference is { Type: EvidenceTargetType.AiSystem, Id: { } rid } ? rid : (Guid?)null;
        var wanted = (input.AiSystemIds ?? []).Distinct().ToList();
        if (referenced is { } r && !wanted.Contains(r))
        {
            wanted.Add(r);
        }

        if (wanted.Count == 0)
        {
            return ownerName;
        }

        var found = await db.AiSystems.Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var missing = (input.AiSystemIds ?? []).Distinct().Where(id => !found.Contains(id)).ToList();
        if (missing.Count > 0 && !errors.ContainsKey("aiSystemIds"))
        {
            errors["aiSystemIds"] = [$"No AI system with id {string.Join(", ", missing.Select(id => id.ToString("D")))} in this organization."];
        }

        if (referenced is { } reference && !found.Contains(reference) && !errors.ContainsKey("reference"))
        {
            errors["reference"] = [$"No AI system with id {reference:D} in this organization."];
        }

        return ownerName;
    }

    /// <summary>Makes the item's links exactly <paramref name="wanted"/>: adds the new ones, removes the dropped ones.</summary>
    public static async Task ReplaceLinksAsync(AimsDbContext db, EvidenceItem item, IReadOnlyList<EvidenceLinkTarget> wanted,
        CancellationToken ct)
    {
        var existing = await db.EvidenceLinks.Where(l => l.EvidenceItemId == item.Id).ToListAsync(ct);
        foreach (var link in existing.Where(l => !wanted.Any(w => w.Type == l.TargetType && w.Id == l.TargetId)))
        {
            db.EvidenceLinks.Remove(link);
        }

        foreach (var target in wanted.Where(w => !existing.Any(l => l.TargetType == w.Type && l.TargetId == w.Id)))
        {
            db.EvidenceLinks.Add(NewLink(item, target));
        }
    }

    public static EvidenceLink NewLink(EvidenceItem item, EvidenceLinkTarget target) => new()
    {
        OrganizationId = item.OrganizationId,
        EvidenceItemId = item.Id,
        TargetType = target.Type,
        TargetId = target.Id,
        RecordId = target.RecordId,
    };
}
