using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Catalogs.EuAiAct;

/// <summary>
/// The EU AI Act as versioned data for classification: the prohibited practices, the Annex III areas, the Art. 6(3)
/// derogation conditions, the Art. 50 duties, the obligations with the condition that triggers each, and the application
/// dates in force. An amendment is a new data file with a new <see cref="Version"/>; every stored classification names
/// the version that produced it, so older ones can be found and reviewed.
/// </summary>
public sealed record EuAiActCatalog(
    string Id,
    string Version,
    string Title,
    string Note,
    IReadOnlyList<EuAiActPractice> ProhibitedPractices,
    IReadOnlyList<EuAiActArea> AnnexIIIAreas,
    IReadOnlyList<EuAiActOption> DerogationConditions,
    IReadOnlyList<EuAiActTransparencyDuty> TransparencyDuties,
    EuAiActDates Dates,
    IReadOnlyList<EuAiActObligation> Obligations)
{
    /// <summary>Manifest name of the embedded data file.</summary>
    public const string ResourceName = "Aims.Catalogs.Data.eu-ai-act.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<EuAiActCatalog> LazyCurrent = new(() =>
    {
        using var stream = typeof(EuAiActCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogLoadException(ResourceName, "the embedded resource is missing", null);
        return Load(stream, ResourceName);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The rules in force in this release.</summary>
    public static EuAiActCatalog Current => LazyCurrent.Value;

    /// <summary>Reads and checks a rules file: every key once, every date a date, every obligation's condition known.</summary>
    public static EuAiActCatalog Load(Stream stream, string sourceName)
    {
        EuAiActCatalog catalog;
        try
        {
            catalog = JsonSerializer.Deserialize<EuAiActCatalog>(stream, Json) ?? throw new CatalogLoadException(sourceName, "the file is empty", null);
        }
        catch (JsonException e)
        {
            throw new CatalogLoadException(sourceName, "the JSON is not valid: " + e.Message, e);
        }

        Check(sourceName, catalog);
        return catalog;
    }

    private static void Check(string source, EuAiActCatalog c)
    {
        foreach (var (what, keys) in new (string, IEnumerable<string>)[]
                 {
                     ("prohibited practice", c.ProhibitedPractices.Select(p => p.Key)), ("Annex III area", c.AnnexIIIAreas.Select(a => a.Key)),
                     ("derogation condition", c.DerogationConditions.Select(d => d.Key)), ("transparency duty", c.TransparencyDuties.Select(t => t.Key)),
                     ("obligation", c.Obligations.Select(o => o.Article)),
                 })
        {
            if (keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new CatalogLoadException(source, $"the {what} '{twice.Key}' is listed twice", null);
            }
        }

        if (c.Obligations.FirstOrDefault(o => !EuAiActObligation.Conditions.Contains(o.When)) is { } unknown)
        {
            throw new CatalogLoadException(source, $"obligation {unknown.Article} has an unknown condition '{unknown.When}'", null);
        }
    }
}

public sealed record EuAiActPractice(string Key, string Article, string Label, DateOnly AppliesFrom);

public sealed record EuAiActArea(string Key, string Point, string Label);

public sealed record EuAiActOption(string Key, string Label);

/// <param name="Role">The operator role the duty falls on: "provider" or "deployer".</param>
public sealed record EuAiActTransparencyDuty(string Key, string Article, string Role, string Label);

/// <summary>The application dates in force (Art. 113 as amended).</summary>
public sealed record EuAiActDates(DateOnly Prohibitions, DateOnly AiLiteracy, DateOnly Gpai, DateOnly Transparency, DateOnly AnnexIIIHighRisk,
    DateOnly AnnexIHighRisk);

/// <summary>An obligation and when it falls on an operator.</summary>
/// <param name="When">The condition: literacy, prohibited, highRisk, fria, derogation, gpai, gpaiSystemicRisk.</param>
/// <param name="Roles">The operator roles it falls on (API spelling).</param>
/// <param name="Record">What in the management system answers it, when something does.</param>
/// <param name="Evidence">The record OpenAIMS checks for it ("artefact:technicalDocumentation", "profile:oversight", "datasets").</param>
public sealed record EuAiActObligation(string Article, string Title, string When, IReadOnlyList<string> Roles, string? Record = null, string? Evidence = null)
{
    public static readonly IReadOnlySet<string> Conditions =
        new HashSet<string>(StringComparer.Ordinal) { "literacy", "prohibited", "highRisk", "fria", "derogation", "gpai", "gpaiSystemicRisk" };
}
