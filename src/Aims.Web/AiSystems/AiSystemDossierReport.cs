using System.Globalization;
using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Dossier;
using Aims.Core.AiSystems.EuAiAct;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Context;
using Aims.Core.Registers;
using Aims.Reporting.Documents;
using Aims.Reporting.Documents.Reports;

namespace Aims.Web.AiSystems;

/// <summary>
/// Lays an <see cref="AiSystemDossier"/> out as a report: a control block saying which record, which version and when,
/// then the profile, the life cycle, the EU AI Act result, the data, the third parties, the documents and the evidence.
/// Every field appears, an empty one as "Not recorded", so a gap is visible on paper as it is on screen.
/// </summary>
internal static class AiSystemDossierReport
{
    private const string NotRecorded = "Not recorded";

    // A linked record's page already names its systems; the audit columns are summarised by the record version.
    private static readonly HashSet<string> LeftOut = ["id", "name", "title", "aiSystems", "archivedAt", "archiveReason", "createdAt", "createdBy",
        "updatedAt", "updatedBy", "version"];

    public static ReportToRender Build(AiSystemDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var system = dossier.System;
        var generated = Instant(dossier.GeneratedAt);
        var control = new List<ControlBlockEntry>
        {
            new("Organization", dossier.OrganizationName),
            new("AI system", system.Name),
            new("Id", system.Id.ToString("D")),
            new("Status", system.ArchivedAt is { } archived ? $"Archived {Instant(archived)}: {system.ArchiveReason}" : "Active"),
            new("Lifecycle stage", StageLabels.Label(system.LifecycleStage)),
            new("Owner", system.OwnerName ?? system.OwnerId.ToString("D")),
            new("EU AI Act", dossier.EuAiAct is { } c ? EuAiActTierLabels.Label(c.Tier) + (c.Outdated ? " (classified under superseded rules: review)" : "") : "Not classified"),
            new("Record version", $"{system.Version.ToString(CultureInfo.InvariantCulture)}, last changed {Instant(system.UpdatedAt)} by {system.UpdatedBy}"),
            new("Generated", $"{generated} by {dossier.GeneratedBy}"),
        };
        var body = new List<ReportBlock>();
        Profile(system, body);
        Lifecycle(dossier.Lifecycle, body);
        EuAiAct(dossier.EuAiAct, body);
        Records("4. Data (A.7)", "dataset", dossier.Datasets, d => d.Name, body);
        Records("5. Third parties (A.10)", "third party", dossier.ThirdParties, t => t.Name, body);
        Table("6. Documents", "document", dossier.Documents, ["type", "state", "currentVersion", "publishedAt", "reviewStatus", "nextReviewOn"], d => d.Title, body);
        Table("7. Evidence", "evidence item", dossier.Evidence, ["kind", "effectiveDate", "validUntil", "validity", "controls"], e => e.Title, body);
        return new ReportToRender($"AI system dossier: {system.Name}", $"generated {generated}", control, body);
    }

    private static void Profile(AiSystemView s, List<ReportBlock> body)
    {
        body.Add(new ReportHeading("1. Purpose and profile"));
        body.Add(Facts(
            ("Purpose", s.Purpose), ("Intended use (A.9.4)", s.IntendedUse),
            ("Type", s.SystemType is { } type ? ProfileLabels.Type(type) : null),
            ("Description", s.Description), ("Functionalities and capabilities", s.Capabilities),
            ("Intended users", s.IntendedUsers), ("Affected persons", s.AffectedPersons),
            ("Reasonably foreseeable misuse", s.ForeseeableMisuse),
            ("Level of autonomy", s.AutonomyLevel is { } level ? ProfileLabels.Autonomy(level) : null),
            ("Human oversight: who", s.HumanOversightWho), ("Human oversight: how", s.HumanOversightHow),
            ("Human oversight: when", s.HumanOversightWhen),
            ("Our roles (ISO/IEC 22989)", s.AiRoles.Count == 0 ? null : string.Join(", ", s.AiRoles.Select(AiRoleLabels.Role))),
            ("EU AI Act operator role", s.OperatorRole is { } role ? AiRoleLabels.Operator(role) : null),
            ("Geographies", Lines(s.Geographies)), ("Languages", Lines(s.Languages)), ("Channels", Lines(s.Channels)),
            ("Objectives for responsible use", s.ResponsibleUseObjectives)));
        body.Add(new ReportHeading("Components and models", 2));
        body.Add(s.Components.Count == 0
            ? new ReportParagraph("No components or models recorded.")
            : new ReportTable(["Component", "Version", "Provenance", "Origin"],
                [.. s.Components.Select(c => (IReadOnlyList<string?>)[c.Name, c.Version, c.Provenance, c.Supplier is { } supplier ? $"Third party: {supplier}" : "In-house"])]));
    }

    private static void Lifecycle(LifecycleView lifecycle, List<ReportBlock> body)
    {
        body.Add(new ReportHeading("2. Life cycle (A.6.2)"));
        body.Add(new ReportParagraph($"Current stage: {StageLabels.Label(lifecycle.Stage)}. {StageLabels.Help(lifecycle.Stage)}"));
        body.Add(new ReportHeading("Gate timeline", 2));
        // Four columns: on A4 portrait more would break words; what was present, missing and why share the widest one.
        body.Add(new ReportTable(["When", "Move", "Approved by", "Artefacts, reason and note"],
            [.. lifecycle.Timeline.OrderBy(e => e.At).Select(e => (IReadOnlyList<string?>)
            [
                Instant(e.At), (e.From is { } from ? StageLabels.Label(from) + " → " : "") + StageLabels.Label(e.To) + "\n" + Outcome(e.Outcome),
                $"{e.ApprovedBy} ({e.ApproverRole})",
                string.Join("\n", new[]
                {
                    e.Present.Count == 0 ? null : "Present: " + string.Join("; ", e.Present.Select(a => $"{ArtefactLabels.Label(a.Kind)} ({a.Title})")),
                    e.Missing.Count == 0 ? null : "Missing: " + string.Join("; ", e.Missing.Select(ArtefactLabels.Label)),
                    e.Reason is { } reason ? "Reason: " + reason : null,
                    e.Note is { } note ? "Note: " + note : null,
                }.Where(t => !string.IsNullOrEmpty(t))),
            ])]));
        // The ordinary next steps; a skip needs an exception anyway, and listing every one would bury them.
        var next = lifecycle.Gates.Where(g => g.Ordinary).ToList();
        body.Add(new ReportHeading("Next gates", 2));
        body.Add(next.Count == 0
            ? new ReportParagraph("No further stage.")
            : new ReportTable(["Stage", "Required artefacts", "Missing now", "Approved by"],
                [.. next.Select(g => (IReadOnlyList<string?>)
                [
                    StageLabels.Label(g.Stage),
                    g.Required.Count == 0 ? "None" : string.Join("\n", g.Required.Select(r => $"{r.Label} ({r.Control})")),
                    g.MissingArtefacts.Count == 0 ? "None" : string.Join("\n", g.MissingArtefacts.Select(ArtefactLabels.Label)),
                    g.ApproverRole ?? "Anyone who edits AI systems",
                ])]));
        body.Add(new ReportHeading("Artefacts filed", 2));
        body.Add(lifecycle.Artefacts.Count == 0
            ? new ReportParagraph("No artefacts filed.")
            : new ReportTable(["Artefact", "Record", "Counts for a gate", "Filed"],
                [.. lifecycle.Artefacts.Select(a => (IReadOnlyList<string?>)
                [
                    ArtefactLabels.Label(a.Kind), $"{(a.Register == "documents" ? "Document" : "Evidence")}: {a.Title}",
                    (a.Counts ? "Yes: " : "No: ") + a.Standing, $"{Instant(a.AddedAt)} by {a.AddedBy}",
                ])]));
    }

    private static void EuAiAct(EuAiActClassificationView? c, List<ReportBlock> body)
    {
        body.Add(new ReportHeading("3. EU AI Act classification"));
        if (c is null)
        {
            body.Add(new ReportParagraph("Not classified yet: answer the questionnaire on the system's EU AI Act tab."));
            return;
        }

        body.Add(Facts(("Tier", EuAiActTierLabels.Label(c.Tier)), ("Operator role", AiRoleLabels.Operator(c.Role)),
            ("Provides a general-purpose AI model", c.GpaiModel ? "Yes" : "No"),
            ("Rules version", c.Outdated ? $"{c.RuleVersion} (superseded by {c.CurrentRuleVersion}: classify again)" : c.RuleVersion),
            ("Classified", $"{Instant(c.ClassifiedAt)} by {c.ClassifiedBy}"), ("Why", Lines(c.Reasons))));
        body.Add(new ReportHeading("Obligations", 2));
        body.Add(c.Obligations.Count == 0
            ? new ReportParagraph("No obligations apply.")
            : new ReportTable(["Article", "Obligation", "Applies from", "Answered in OpenAIMS by", "Gap"],
                [.. c.Obligations.Select(o => (IReadOnlyList<string?>)
                [
                    o.Article, o.Title, o.AppliesFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (o.ApplicableNow ? "\n(applies now)" : "\n(not yet)"),
                    o.Record, o.Gap,
                ])]));
    }

    private static void Records<TView>(string heading, string noun, DossierRecords<TView> records, Func<TView, string> name, List<ReportBlock> body)
    {
        body.Add(new ReportHeading(heading));
        if (Empty(records, noun, body))
        {
            return;
        }

        var columns = records.Columns.Where(c => !LeftOut.Contains(c.Key)).ToList();
        foreach (var record in records.Records)
        {
            body.Add(new ReportHeading(name(record), 2));
            body.Add(new ReportFacts([.. columns.Select(c => new ControlBlockEntry(c.Header, Text(c.Value(record)) ?? NotRecorded))]));
        }
    }

    private static void Table<TView>(string heading, string noun, DossierRecords<TView> records, string[] keys, Func<TView, string> name,
        List<ReportBlock> body)
    {
        body.Add(new ReportHeading(heading));
        if (Empty(records, noun, body))
        {
            return;
        }

        var columns = keys.Select(k => records.Columns.Single(c => c.Key == k)).ToList();
        body.Add(new ReportTable([noun.Length > 0 ? char.ToUpperInvariant(noun[0]) + noun[1..] : noun, .. columns.Select(c => c.Header)],
            [.. records.Records.Select(r => (IReadOnlyList<string?>)[name(r), .. columns.Select(c => Text(c.Value(r)))])]));
    }

    /// <summary>Says so when nothing is linked, and names the linked records the reader's role may not open.</summary>
    private static bool Empty<TView>(DossierRecords<TView> records, string noun, List<ReportBlock> body)
    {
        if (records.NotReadable.Count > 0)
        {
            body.Add(new ReportParagraph($"Linked, but not readable with your role: {string.Join("; ", records.NotReadable.Select(r => r.Name ?? r.Id))}."));
        }

        if (records.Records.Count == 0 && records.NotReadable.Count == 0)
        {
            body.Add(new ReportParagraph($"No {noun} is linked to this system."));
        }

        return records.Records.Count == 0;
    }

    private static ReportFacts Facts(params (string Label, string? Value)[] facts) =>
        new([.. facts.Select(f => new ControlBlockEntry(f.Label, string.IsNullOrWhiteSpace(f.Value) ? NotRecorded : f.Value))]);

    private static string? Lines(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join("\n", items);

    private static string Outcome(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Registered => "Registered",
        GateOutcome.Passed => "Gate passed",
        _ => "Exception",
    };

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A register column's value as printed: dates as yyyy-MM-dd, instants in UTC, empty text as nothing.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => Instant(instant),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
