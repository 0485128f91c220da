namespace Aims.Core.Evidence;

/// <summary>The evidence values as people read them (screens and exports), next to the API's camelCase spelling.</summary>
public static class EvidenceLabels
{
    public static string Kind(EvidenceKind kind) => kind switch
    {
        EvidenceKind.File => "File",
        EvidenceKind.Link => "Link",
        EvidenceKind.ComputedResult => "Computed result",
        EvidenceKind.RecordReference => "Record reference",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown evidence kind."),
    };

    public static string Validity(EvidenceValidity validity) => validity switch
    {
        EvidenceValidity.Valid => "Valid",
        EvidenceValidity.ExpiresSoon => "Expires soon",
        EvidenceValidity.Expired => "Expired",
        _ => throw new ArgumentOutOfRangeException(nameof(validity), validity, "Unknown validity."),
    };

    public static string Target(EvidenceTargetType type) => type switch
    {
        EvidenceTargetType.Clause => "Clause",
        EvidenceTargetType.Control => "Annex A control",
        EvidenceTargetType.AiSystem => "AI system",
        EvidenceTargetType.Document => "Document",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown link target."),
    };
}
