namespace Aims.Core.Documents.Templates;

/// <summary>
/// The starter templates shipped with OpenAIMS for the documents an ISO/IEC 42001 management system must have.
/// Each is a Markdown file embedded in this assembly (Documents/Templates/Markdown), loaded and checked once.
/// </summary>
public static class DocumentTemplateCatalog
{
    /// <summary>The template ids, in the order a template picker lists them.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        "ai-policy",
        "aims-scope",
        "ai-risk-method",
        "ai-impact-assessment-procedure",
        "internal-audit-procedure",
        "ai-incident-response-procedure",
        "ai-data-governance",
    ];

    internal const string ResourcePrefix = "Aims.Core.Documents.Templates.";

    // ExecutionAndPublication: parsed exactly once even when the first requests arrive together.
    private static readonly Lazy<IReadOnlyList<DocumentTemplate>> LazyAll =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every template, in <see cref="Ids"/> order.</summary>
    /// <exception cref="InvalidDataException">A shipped template is missing or malformed (a build defect).</exception>
    public static IReadOnlyList<DocumentTemplate> All => LazyAll.Value;

    /// <summary>The template with <paramref name="id"/> (exact, lower case); <see langword="null"/> when there is none.</summary>
    public static DocumentTemplate? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
    }

    private static List<DocumentTemplate> Load()
    {
        var assembly = typeof(DocumentTemplateCatalog).Assembly;
        var templates = new List<DocumentTemplate>(Ids.Count);
        foreach (var id in Ids)
        {
            var name = ResourcePrefix + id + ".md";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"The document template '{name}' is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            var template = TemplateFile.Parse(reader.ReadToEnd(), name);
            if (!string.Equals(template.Id, id, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The document template '{name}' declares the id '{template.Id}'; it must be '{id}'.");
            }

            templates.Add(template);
        }

        return templates;
    }
}
