using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Snapshots;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Scope;

/// <summary>
/// The AIMS scope (clause 4.3): the working copy people edit, a version of its controlled document built from it for
/// review and approval, and the scope in force — the content of that document's published version.
/// </summary>
public sealed class ScopeService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents, DocumentSnapshots snapshots)
{
    public static IReadOnlyList<RegisterField> Fields { get; } =
    [
        RegisterField.Paragraphs("summary", "Scope statement", help:
            "The scope in a few sentences, as it will read on the certificate: which AI activities, where, for whom."),
        RegisterField.References("aiSystemIds", "AI systems in scope", "ai-systems",
            "An auditor samples from these. A system left out of the scope is out of the certification too."),
        RegisterField.Lines("units", "Organizational units", "One per line: departments, teams or legal entities covered."),
        RegisterField.Lines("locations", "Locations", "One per line: sites, countries or cloud regions."),
        RegisterField.Lines("activities", "Activities", "One per line: what the organization does with AI inside the scope."),
        RegisterField.Many<LifecycleStage>("lifecycleStages", "Lifecycle stages covered", StageLabels.Label),
        RegisterField.Entries("exclusions", "Exclusions", [new FieldChoice("what", "What is excluded"), new FieldChoice("justification", "Why")],
            "Each exclusion needs a justification; an unjustified exclusion is among the most common audit findings."),
        RegisterField.Paragraphs("interfaces", "Interfaces and dependencies", help:
            "What the AIMS depends on that lies outside it (group IT, a model provider, outsourced labelling) and how the boundary is managed."),
    ];

    private static RegisterField Field(string key) => Fields.First(f => f.Key == key);

    /// <summary>The rules that need nothing but the input.</summary>
    public static FieldErrors Check(AimsScopeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Text(Field("summary"), input.Summary);
        errors.Ids(Field("aiSystemIds"), input.AiSystemIds, max: 1000);
        errors.Lines(Field("units"), input.Units);
        errors.Lines(Field("locations"), input.Locations);
        errors.Lines(Field("activities"), input.Activities);
        errors.Text(Field("interfaces"), input.Interfaces);
        if (input.LifecycleStages?.Any(s => !Enum.IsDefined(s)) == true)
        {
            errors.Add("lifecycleStages", $"Unknown lifecycle stage. Use: {ApiNames.ListOf<LifecycleStage>()}.");
        }

        var exclusions = input.Exclusions ?? [];
        if (exclusions.Count > 100)
        {
            errors.Add("exclusions", $"At most 100 exclusions ({exclusions.Count} given).");
        }

        for (var i = 0; i < exclusions.Count && i < 100; i++)
        {
            var (what, why) = (exclusions[i]?.What, exclusions[i]?.Justification);
            if (string.IsNullOrWhiteSpace(what)) errors.Add($"exclusions[{i}].what", $"Exclusion {i + 1}: say what is excluded.");
            else if (TextRules.Problem($"Exclusion {i + 1}", what.Trim(), TextKind.Name, DomainRules.NameMaxLength) is { } p) errors.Add($"exclusions[{i}].what", p);
            if (string.IsNullOrWhiteSpace(why)) errors.Add($"exclusions[{i}].justification", $"Exclusion {i + 1} needs a justification.");
            else if (TextRules.Problem($"Justification {i + 1}", why.Trim(), TextKind.MultiLine, DomainRules.ShortTextMaxLength) is { } p) errors.Add($"exclusions[{i}].justification", p);
        }

        return errors;
    }

    /// <summary>The working copy with where it stands against the published scope; null when none was saved yet.</summary>
    public async Task<AimsScopeView?> GetDraftAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ManagementRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var scope = await db.Set<AimsScope>().AsNoTracking().FirstOrDefaultAsync(ct);
        return scope is null ? null : await ViewAsync(db, scope, ct);
    }

    /// <summary>Saves the working copy (created on first save); <paramref name="expectedVersion"/> refuses a stale edit.</summary>
    public async Task<AimsScopeView> SaveDraftAsync(Caller caller, AimsScopeInput input, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.ManagementWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var errors = Check(input);
        await RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);
        var scope = await db.Set<AimsScope>().FirstOrDefaultAsync(ct);
        if (scope is null)
        {
            scope = new AimsScope { OrganizationId = caller.OrganizationId };
            db.Add(scope);
        }
        else if (expectedVersion is { } expected && expected != scope.Version)
        {
            throw new ConcurrencyConflictException(
                $"The scope was changed by someone else (you have version {expected}, the current is {scope.Version}). Reload and try again.",
                preconditionFailed: true);
        }

        scope.Summary = Clean(input.Summary);
        scope.Units = string.Join('\n', (input.Units ?? []).Select(u => u.Trim()));
        scope.Locations = string.Join('\n', (input.Locations ?? []).Select(u => u.Trim()));
        scope.Activities = string.Join('\n', (input.Activities ?? []).Select(u => u.Trim()));
        scope.LifecycleStages = string.Join(',', (input.LifecycleStages ?? []).Distinct().Order().Select(ApiNames.Of));
        scope.Exclusions = JsonSerializer.Serialize((input.Exclusions ?? []).Select(e => new ScopeExclusion(e.What!.Trim(), e.Justification!.Trim())),
            ScopeContents.Json);
        scope.Interfaces = Clean(input.Interfaces);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, ScopeContents.LinkRegister, scope.Id, "ai-systems",
            (input.AiSystemIds ?? []).Select(id => id.ToString("D")), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The scope was changed by someone else while you were saving. Reload and try again.",
                preconditionFailed: false);
        }

        return await ViewAsync(db, scope, ct);
    }

    /// <summary>
    /// Starts the next version of the scope's document (created with the first one, linked to clause 4.3) as a snapshot
    /// of the working copy; it is then reviewed, approved and published like any document. Returns the document's id.
    /// </summary>
    public async Task<(Guid DocumentId, int Version)> PrepareVersionAsync(Caller caller, string? changeSummary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        Guid documentId;
        await using (var db = await dbFactory.OpenForAsync(caller, ct))
        {
            var scope = await db.Set<AimsScope>().FirstOrDefaultAsync(ct)
                        ?? throw new ValidationFailedException("scope", "Fill in and save the scope first; the version is built from it.");
            if (scope.DocumentId is { } existing && await db.Set<Document>().AnyAsync(d => d.Id == existing && d.ArchivedAt == null, ct))
            {
                documentId = existing;
            }
            else
            {
                var document = await documents.CreateAsync(caller, new DocumentInput
                {
                    Title = "AIMS scope", Type = DocumentType.ScopeStatement, Clauses = ["4.3"], ReviewIntervalMonths = 12,
                }, ct);
                documentId = document.Id;
                scope.DocumentId = documentId;
                await db.SaveChangesAsync(ct);
            }
        }

        var version = await snapshots.StartAsync(caller, documentId, DocumentSnapshotKind.AimsScope, changeSummary, ct);
        return (documentId, version.Number);
    }

    /// <summary>The scope in force (the published version of its document), or null when none is published.</summary>
    public async Task<PublishedScopeView?> GetPublishedAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ManagementRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return await PublishedAsync(db, ct);
    }

    internal static async Task<PublishedScopeView?> PublishedAsync(AimsDbContext db, CancellationToken ct)
    {
        var documentId = await db.Set<AimsScope>().AsNoTracking().Select(s => s.DocumentId).FirstOrDefaultAsync(ct);
        var version = documentId is null ? null : await db.Set<Document>().AsNoTracking()
            .Where(d => d.Id == documentId && d.CurrentVersionNumber != null)
            .Join(db.Set<DocumentVersion>(), d => new { d.Id, Number = d.CurrentVersionNumber!.Value }, v => new { Id = v.DocumentId, v.Number },
                (d, v) => new { v.Number, v.PublishedAt, v.Sha256, v.Body, v.SnapshotKind })
            .FirstOrDefaultAsync(ct);
        if (version is not { SnapshotKind: DocumentSnapshotKind.AimsScope })
        {
            return null;
        }

        var c = ScopeContents.Read(version.Body);
        return new PublishedScopeView(documentId!.Value, version.Number, version.PublishedAt, version.Sha256, c.Summary, c.AiSystemIds,
            c.AiSystemNames, c.Units, c.Locations, c.Activities, c.LifecycleStages, c.Exclusions, c.Interfaces);
    }

    private static async Task<AimsScopeView> ViewAsync(AimsDbContext db, AimsScope scope, CancellationToken ct)
    {
        var content = await ScopeContents.LiveAsync(db, scope, ct);
        var published = await PublishedAsync(db, ct);
        var differences = published is null ? [] : ScopeContents.Differences(ToContent(published), content);
        return new AimsScopeView(scope.Id, content, scope.DocumentId, published?.Version, published?.PublishedAt,
            published is not null && differences.Count > 0, differences, scope.UpdatedAt, scope.UpdatedBy, scope.Version);
    }

    internal static ScopeContent ToContent(PublishedScopeView p) =>
        new(p.Summary, p.AiSystemIds, p.AiSystemNames, p.Units, p.Locations, p.Activities, p.LifecycleStages, p.Exclusions, p.Interfaces);

    /// <summary>The working copy as the form edits it.</summary>
    public static AimsScopeInput ToInput(AimsScopeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Content;
        return new()
        {
            Summary = c.Summary, AiSystemIds = c.AiSystemIds, Units = c.Units, Locations = c.Locations, Activities = c.Activities,
            LifecycleStages = c.LifecycleStages, Exclusions = c.Exclusions, Interfaces = c.Interfaces,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
