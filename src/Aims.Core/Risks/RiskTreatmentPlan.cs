using System.Globalization;
using System.Text;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Controls;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Evidence;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>The draft version the plan was written into.</summary>
public sealed record TreatmentPlanResult(Guid DocumentId, int Number, int Risks);

/// <summary>
/// The AI risk treatment plan (6.1.3 e, 8.3) written from the register as a controlled document: the document titled
/// <see cref="Title"/> (created the first time, type plan, linked to 6.1.3 and 8.3) gets a new draft version — or its
/// open draft is rewritten — and then goes through review, approval and publication like any document. Every text from
/// the register is escaped, so a title is printed as typed and never read as Markdown.
/// </summary>
public sealed class RiskTreatmentPlan(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents, DocumentVersionService versions,
    RiskCriteriaService criteria, TimeProvider clock)
{
    public const string Title = "AI risk treatment plan";

    public async Task<TreatmentPlanResult> GenerateAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        caller.Demand(Permissions.DocumentsWrite);
        var inForce = await criteria.CurrentAsync(caller, ct);
        string body;
        int count;
        Guid? existing;
        await using (var db = await dbFactory.OpenForAsync(caller, ct))
        {
            var today = EvidenceCalendar.Today(clock, db.TimeZone);
            var risks = await RiskRegister.Views(db, db.Set<Risk>().AsNoTracking().Where(r => r.ArchivedAt == null), today).ToListAsync(ct);
            var planned = risks.Where(r => r.Treatment is not null || (r.Current is { } c && inForce.Content().AboveThreshold(c.Band)))
                .OrderByDescending(r => r.Current?.Level ?? 0).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
            body = Write(planned, risks.Count, inForce, today);
            count = planned.Count;
            existing = await db.Set<Document>().Where(d => d.Title == Title && d.Type == DocumentType.Plan && d.ArchivedAt == null)
                .OrderBy(d => d.CreatedAt).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        }

        var documentId = existing ?? (await documents.CreateAsync(caller, new DocumentInput
        {
            Title = Title, Type = DocumentType.Plan, Clauses = ["6.1.3", "8.3"],
        }, ct)).Id;
        var input = new DocumentVersionInput { Body = body, ChangeSummary = $"Written from the AI risk register ({count} risk(s))." };
        var draft = (await versions.ListAsync(caller, documentId, ct)).FirstOrDefault(v => v.Status == DocumentVersionStatus.Draft);
        var version = draft is null
            ? await versions.AddAsync(caller, documentId, input, ct)
            : await versions.UpdateAsync(caller, documentId, draft.Number, input, expectedVersion: null, ct);
        return new TreatmentPlanResult(documentId, version.Number, count);
    }

    private static string Write(List<RiskView> planned, int total, RiskCriteriaView criteria, DateOnly today)
    {
        var text = new StringBuilder();
        string Band(RiskRating? r) => r is null ? "not rated" : $"{Md(criteria.Band(r.Band)?.Label ?? r.Band)} ({r.Likelihood} × {r.Impact} = {r.Level}, criteria v{r.Criteria})";
        text.Append(CultureInfo.InvariantCulture, $"This plan was written from the AI risk register on {Day(today)}, under risk criteria version {criteria.Number}. ")
            .Append(CultureInfo.InvariantCulture, $"It covers the {planned.Count} of {total} active risk(s) that have a treatment or whose current rating is above ")
            .Append(CultureInfo.InvariantCulture, $"the acceptance threshold ({Md(criteria.Band(criteria.AcceptanceThreshold)?.Label ?? criteria.AcceptanceThreshold)}). ")
            .AppendLine("Current ratings are computed: a risk keeps its inherent rating until every control its treatment selects is implemented.")
            .AppendLine();
        text.AppendLine("| Risk | AI system | Current | Treatment | Open controls | Acceptance |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in planned)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Md(r.Title)} | {Md(r.AiSystem?.Name ?? "Organization")} | {Band(r.Current)} | ")
                .Append(CultureInfo.InvariantCulture, $"{(r.Treatment is { } t ? RiskLabels.Treatment(t) : "none yet")} | {(r.OpenControls.Count == 0 ? "—" : string.Join(", ", r.OpenControls))} | ")
                .AppendLine(CultureInfo.InvariantCulture, $"{(r.Acceptance is { } a ? a.State.ToString() : "—")} |");
        }

        foreach (var r in planned)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Md(r.Title)}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- AI system: {Md(r.AiSystem?.Name ?? "the organization")}; owner: {Md(r.Owner ?? "—")}")
                .AppendLine(CultureInfo.InvariantCulture, $"- Inherent: {Band(r.Inherent)}; residual (planned): {Band(r.Residual)}; current: {Band(r.Current)}")
                .AppendLine(CultureInfo.InvariantCulture, $"- Treatment: {(r.Treatment is { } t ? RiskLabels.Treatment(t) : "none chosen yet")}");
            if (r.TreatmentNote is { } note)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- Plan: {Md(note)}");
            }

            if (r.Controls.Count > 0)
            {
                text.AppendLine().AppendLine("| Control | Title | Implementation | Planned for |").AppendLine("| --- | --- | --- | --- |");
                foreach (var c in r.Controls)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {c.ControlId} | {Md(c.Title ?? "")} | {ControlLabels.Status(c.Status).ToLowerInvariant()} | {(c.PlannedOn is { } p ? Day(p) : "—")} |");
                }
            }

            if (r.Actions.Count > 0)
            {
                text.AppendLine().AppendLine("| Action | Owner | Due | Status |").AppendLine("| --- | --- | --- | --- |");
                foreach (var a in r.Actions)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {Md(a.Title)} | {Md(a.Owner ?? "—")} | {Day(a.DueOn)} | {(a.Status == ActionStatus.Done ? "done" : a.Overdue ? "overdue" : "open")} |");
                }
            }

            if (r.Acceptance is { } acceptance)
            {
                text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Acceptance: {Md(acceptance.Reason)}");
            }
        }

        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Text from the register as typed: Markdown's special characters escaped, line breaks kept inside a table cell.</summary>
    internal static string Md(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            if ("\\`*_{}[]<>()#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
