using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aims.Catalogs.Loading;

/// <summary>
/// Parses a catalog file, checks every rule, and builds the public records. All problems found are reported together,
/// so whoever edits the data fixes them in one pass rather than one exception at a time.
/// </summary>
internal static partial class CatalogReader
{
    // More than this many problems usually means the wrong file; listing them all would drown the first one.
    private const int MaxReportedProblems = 25;

    public static StandardCatalog Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);

        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.CatalogDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {ex.BytePositionInLine + 1})")
                : string.Empty;
            throw new CatalogLoadException(sourceName, $"malformed JSON{where}: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new CatalogLoadException(sourceName, "the file holds JSON null instead of a catalog object", null);
        }

        var problems = new List<string>();
        var catalog = Build(document, problems);
        if (problems.Count > 0)
        {
            throw new CatalogLoadException(sourceName, Describe(problems), null);
        }

        return catalog;
    }

    private static string Describe(List<string> problems)
    {
        if (problems.Count == 1)
        {
            return problems[0];
        }

        var shown = problems.Take(MaxReportedProblems);
        var more = problems.Count > MaxReportedProblems
            ? string.Create(CultureInfo.InvariantCulture, $"; … and {problems.Count - MaxReportedProblems} more")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problems: ")
            + string.Join("; ", shown) + more;
    }

    private static StandardCatalog Build(CatalogDocument document, List<string> problems)
    {
        var id = Required(document.Id, "catalog", "id", problems);
        var version = Required(document.Version, "catalog", "version", problems);
        var title = Required(document.Title, "catalog", "title", problems);
        var standard = Required(document.Standard, "catalog", "standard", problems);

        // Ids must be unique across the whole catalog, not just per list: records reference items by id alone.
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var clauses = Section(document.Clauses, "clauses", problems)
            .Select(c => ReadClause(c, seenIds, problems))
            .OfType<ClauseItem>()
            .ToList();
        var objectives = Section(document.ControlObjectives, "controlObjectives", problems)
            .Select(o => ReadObjective(o, seenIds, problems))
            .OfType<ControlObjective>()
            .ToList();
        var controls = Section(document.Controls, "controls", problems)
            .Select(c => ReadControl(c, seenIds, problems))
            .OfType<ControlItem>()
            .ToList();
        var annexCObjectives = Section(document.AnnexCObjectives, "annexCObjectives", problems)
            .Select(e => ReadAnnexC(e, "Annex C objective", AnnexCObjectiveId(), seenIds, problems))
            .OfType<AnnexCEntry>()
            .ToList();
        var annexCRiskSources = Section(document.AnnexCRiskSources, "annexCRiskSources", problems)
            .Select(e => ReadAnnexC(e, "Annex C risk source", AnnexCRiskSourceId(), seenIds, problems))
            .OfType<AnnexCEntry>()
            .ToList();

        CheckHierarchy(clauses.Select(c => (c.Id, c.ParentId)), "clause", "parentId", problems);
        CheckHierarchy(objectives.Select(o => (o.Id, o.ParentId)), "control objective", "parentId", problems);
        CheckControlReferences(controls, objectives, clauses, problems);
        CheckExpectations(id, standard, clauses, objectives, controls, annexCObjectives, annexCRiskSources, problems);

        // Natural order regardless of the order in the file, so every consumer lists items the way the standard does.
        var byId = IdentifierComparer.Instance;
        return new StandardCatalog(
            id,
            version,
            title,
            standard,
            [.. clauses.OrderBy(c => c.Id, byId)],
            [.. objectives.OrderBy(o => o.Id, byId)],
            [.. controls.OrderBy(c => c.Id, byId)],
            [.. annexCObjectives.OrderBy(e => e.Id, byId)],
            [.. annexCRiskSources.OrderBy(e => e.Id, byId)]);
    }

    private static ClauseItem? ReadClause(ClauseDocument? item, HashSet<string> seenIds, List<string> problems)
    {
        if (item is null)
        {
            problems.Add("the clauses list contains a null entry");
            return null;
        }

        var id = ReadId(item.Id, "clause", ClauseId(), seenIds, problems);
        var what = Label("clause", id);
        var title = Required(item.Title, what, "title", problems);
        var summary = Required(item.Summary, what, "summary", problems);

        if (item.DocumentedInformation is null)
        {
            // An explicit empty list documents "this clause requires none"; a missing one is more likely an omission.
            problems.Add($"{what} has no documentedInformation list (use [] when the clause requires none)");
        }

        var documentedInformation = new List<DocumentedInformationRequirement>();
        foreach (var di in item.DocumentedInformation ?? [])
        {
            if (di is null)
            {
                problems.Add($"{what} has a null documentedInformation entry");
                continue;
            }

            var description = Required(di.Description, $"{what} documentedInformation entry", "description", problems);
            DocumentedInformationKind? kind = di.Kind switch
            {
                "document" => DocumentedInformationKind.Document,
                "record" => DocumentedInformationKind.Record,
                _ => null,
            };
            if (kind is null)
            {
                problems.Add($"{what} has documentedInformation kind '{di.Kind}'; expected 'document' or 'record'");
                continue;
            }

            documentedInformation.Add(new DocumentedInformationRequirement(kind.Value, description));
        }

        return id is null ? null : new ClauseItem(id, title, Optional(item.ParentId), summary, documentedInformation);
    }

    private static ControlObjective? ReadObjective(
        ControlObjectiveDocument? item,
        HashSet<string> seenIds,
        List<string> problems)
    {
        if (item is null)
        {
            problems.Add("the controlObjectives list contains a null entry");
            return null;
        }

        var id = ReadId(item.Id, "control objective", AnnexAId(), seenIds, problems);
        var what = Label("control objective", id);
        var title = Required(item.Title, what, "title", problems);
        var objective = Required(item.Objective, what, "objective", problems);
        return id is null ? null : new ControlObjective(id, title, Optional(item.ParentId), objective);
    }

    private static ControlItem? ReadControl(ControlDocument? item, HashSet<string> seenIds, List<string> problems)
    {
        if (item is null)
        {
            problems.Add("the controls list contains a null entry");
            return null;
        }

        var id = ReadId(item.Id, "control", AnnexAId(), seenIds, problems);
        var what = Label("control", id);
        var title = Required(item.Title, what, "title", problems);
        var objectiveId = Required(item.ObjectiveId, what, "objectiveId", problems);
        var intent = Required(item.Intent, what, "intent", problems);
        var evidence = Required(item.EvidenceGuidance, what, "evidenceGuidance", problems);

        var related = new List<string>();
        foreach (var clauseId in item.RelatedClauses ?? [])
        {
            if (string.IsNullOrWhiteSpace(clauseId))
            {
                problems.Add($"{what} has a blank relatedClauses entry");
            }
            else if (related.Contains(clauseId, StringComparer.Ordinal))
            {
                problems.Add($"{what} lists related clause '{clauseId}' twice");
            }
            else
            {
                related.Add(clauseId);
            }
        }

        related.Sort(IdentifierComparer.Instance);
        return id is null ? null : new ControlItem(id, title, objectiveId, intent, evidence, related);
    }

    private static AnnexCEntry? ReadAnnexC(
        AnnexCDocument? item,
        string kind,
        Regex idPattern,
        HashSet<string> seenIds,
        List<string> problems)
    {
        if (item is null)
        {
            problems.Add($"an {kind} entry is null");
            return null;
        }

        var id = ReadId(item.Id, kind, idPattern, seenIds, problems);
        var what = Label(kind, id);
        var title = Required(item.Title, what, "title", problems);
        var description = Required(item.Description, what, "description", problems);
        return id is null ? null : new AnnexCEntry(id, title, description);
    }

    private static string? ReadId(
        string? raw,
        string kind,
        Regex pattern,
        HashSet<string> seenIds,
        List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            problems.Add($"a {kind} has no id");
            return null;
        }

        if (!pattern.IsMatch(raw))
        {
            problems.Add($"{kind} id '{raw}' is not a well-formed identifier");
        }

        if (!seenIds.Add(raw))
        {
            problems.Add($"duplicate {kind} id '{raw}'");
        }

        return raw;
    }

    private static T?[] Section<T>(T?[]? items, string property, List<string> problems)
        where T : class
    {
        if (items is null)
        {
            problems.Add($"the catalog has no '{property}' list");
            return [];
        }

        return items;
    }

    private static string Required(string? value, string owner, string property, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{owner} is missing '{property}'");
            return string.Empty;
        }

        return value.Trim();
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Label(string kind, string? id) => id is null ? $"a {kind} without id" : $"{kind} '{id}'";

    private static string? ImpliedParent(string id)
    {
        var dot = id.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var parent = id[..dot];

        // "A.2" and "C.2" are the top of their tree: "A" alone is a letter, not an item.
        return parent.Contains('.', StringComparison.Ordinal) || char.IsAsciiDigit(parent[0]) ? parent : null;
    }

    private static string TopLevel(string annexAId)
    {
        var second = annexAId.IndexOf('.', 2);
        return second < 0 ? annexAId : annexAId[..second];
    }

    [GeneratedRegex(@"^[1-9][0-9]*(\.[1-9][0-9]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseId();

    [GeneratedRegex(@"^A\.[1-9][0-9]*(\.[1-9][0-9]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexAId();

    [GeneratedRegex(@"^C\.2\.[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexCObjectiveId();

    [GeneratedRegex(@"^C\.3\.[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexCRiskSourceId();
}
