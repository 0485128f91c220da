using System.Text.Json.Serialization;

namespace Aims.Catalogs.Loading;

// Wire shapes of a catalog JSON file. Everything is nullable on purpose: System.Text.Json would otherwise leave a
// missing property as null inside a non-nullable string, and we want the validator to report it by name instead.
// They stay internal so the public records can evolve without breaking the file format (and vice versa).

/// <summary>Root of a catalog file.</summary>
internal sealed class CatalogDocument
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Title { get; set; }

    public string? Standard { get; set; }

    public ClauseDocument[]? Clauses { get; set; }

    public ControlObjectiveDocument[]? ControlObjectives { get; set; }

    public ControlDocument[]? Controls { get; set; }

    public AnnexCDocument[]? AnnexCObjectives { get; set; }

    public AnnexCDocument[]? AnnexCRiskSources { get; set; }
}

/// <summary>A clause in the file.</summary>
internal sealed class ClauseDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? ParentId { get; set; }

    public string? Summary { get; set; }

    public DocumentedInformationDocument[]? DocumentedInformation { get; set; }
}

/// <summary>A documented-information requirement in the file; kind is "document" or "record".</summary>
internal sealed class DocumentedInformationDocument
{
    public string? Kind { get; set; }

    public string? Description { get; set; }
}

/// <summary>An Annex A objective in the file.</summary>
internal sealed class ControlObjectiveDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? ParentId { get; set; }

    public string? Objective { get; set; }
}

/// <summary>An Annex A control in the file.</summary>
internal sealed class ControlDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? ObjectiveId { get; set; }

    public string? Intent { get; set; }

    public string? EvidenceGuidance { get; set; }

    public string[]? RelatedClauses { get; set; }
}

/// <summary>An Annex C entry in the file.</summary>
internal sealed class AnnexCDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }
}

/// <summary>
/// Source-generated serializer metadata: no reflection at startup, and unknown properties are rejected so a typo in
/// the data file ("parentID") fails the load instead of silently dropping a value.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
