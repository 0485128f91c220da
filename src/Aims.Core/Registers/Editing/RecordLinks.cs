using Aims.Catalogs;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers.Editing;

/// <summary>
/// Checking and keeping the <see cref="RecordLink"/>s of one record: every linked id must be a record of this
/// organization (another organization's id reads as missing) or a catalog number, and an edit replaces the set, adding
/// and removing rows so the ledger shows each link that came and went.
/// </summary>
public static class RecordLinks
{
    /// <summary>The registers and catalog parts links may name; a later register adds itself here.</summary>
    public static readonly IReadOnlyDictionary<string, Func<AimsDbContext, IQueryable<Guid>>> Registers =
        new Dictionary<string, Func<AimsDbContext, IQueryable<Guid>>>(StringComparer.Ordinal)
        {
            ["ai-systems"] = db => db.AiSystems.Select(s => s.Id),
            ["documents"] = db => db.Set<Documents.Document>().Select(d => d.Id),
            ["evidence"] = db => db.EvidenceItems.Select(e => e.Id),
            ["objectives"] = db => db.Set<Objectives.AiObjective>().Select(o => o.Id),
            ["context-issues"] = db => db.Set<Context.ContextIssue>().Select(c => c.Id),
            ["requirements"] = db => db.Set<Parties.PartyRequirement>().Select(r => r.Id),
            ["roles"] = db => db.Set<Leadership.AimsRole>().Select(r => r.Id),
            ["people"] = db => db.Set<Support.Person>().Select(p => p.Id),
            ["communication-plan"] = db => db.Set<Support.CommunicationPlanItem>().Select(c => c.Id),
            ["datasets"] = db => db.Set<Datasets.Dataset>().Select(d => d.Id),
            ["third-parties"] = db => db.Set<ThirdParties.ThirdParty>().Select(t => t.Id),
            ["risks"] = db => db.Set<Risks.Risk>().Select(r => r.Id),
            ["risk-campaigns"] = db => db.Set<Risks.Campaigns.AssessmentCampaign>().Select(c => c.Id),
        };

    /// <summary>Adds an error under the field's key for each id that is not a record of <see cref="RegisterField.RefersTo"/>.</summary>
    public static async Task CheckAsync(AimsDbContext db, RegisterField field, IReadOnlyList<Guid>? ids, FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        if (ids is null || ids.Count == 0 || errors.ContainsKey(field.Key))
        {
            return;
        }

        var register = field.RefersTo!;
        var wanted = ids.Where(id => !db.Memo.IsFound(register, id)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var found = await Registers[register](db).Where(id => wanted.Contains(id)).ToListAsync(ct);
        foreach (var id in found)
        {
            db.Memo.Found(register, id);
        }

        foreach (var missing in wanted.Except(found))
        {
            errors.Add(field.Key, $"No record {missing:D} in this organization's {field.RefersTo}.");
        }
    }

    /// <summary>Adds an error for each catalog number that is not a clause or control of ISO/IEC 42001.</summary>
    public static void CheckCatalog(RegisterField field, IReadOnlyList<string>? numbers, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var number in numbers ?? [])
        {
            var known = field.RefersTo == "clauses"
                ? CatalogLibrary.Iso42001.FindClause(number) is not null
                : CatalogLibrary.Iso42001.FindControl(number) is not null;
            if (!known)
            {
                errors.Add(field.Key, $"'{number}' is not {(field.RefersTo == "clauses" ? "a clause" : "an Annex A control")} of ISO/IEC 42001.");
            }
        }

        if (numbers is not null && numbers.Distinct(StringComparer.Ordinal).Count() != numbers.Count)
        {
            errors.Add(field.Key, "An entry is listed twice.");
        }
    }

    /// <summary>Makes the record's links to <paramref name="targetRegister"/> exactly <paramref name="targets"/>.</summary>
    public static async Task ReplaceAsync(AimsDbContext db, Guid organizationId, string sourceRegister, Guid sourceId,
        string targetRegister, IEnumerable<string> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = targets.ToHashSet(StringComparer.Ordinal);
        // A record created in this unit of work has no links to read (an import adds thousands).
        var existing = db.Memo.IsCreated(sourceId)
            ? []
            : await db.Set<RecordLink>()
                .Where(l => l.SourceId == sourceId && l.SourceRegister == sourceRegister && l.TargetRegister == targetRegister)
                .ToListAsync(ct);
        db.RemoveRange(existing.Where(l => !wanted.Contains(l.TargetId)));
        foreach (var target in wanted.Except(existing.Select(l => l.TargetId), StringComparer.Ordinal))
        {
            db.Add(new RecordLink
            {
                OrganizationId = organizationId,
                SourceRegister = sourceRegister,
                SourceId = sourceId,
                TargetRegister = targetRegister,
                TargetId = target,
                TargetRecordId = Guid.TryParse(target, out var id) ? id : null,
            });
        }
    }

    /// <summary>The links of a record in its history (added and removed ones too).</summary>
    public static HistoryInclude History(AimsDbContext db, Guid sourceId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new(nameof(RecordLink), db.Set<RecordLink>().Where(l => l.SourceId == sourceId).Select(l => l.Id), nameof(RecordLink.SourceId));
    }
}
