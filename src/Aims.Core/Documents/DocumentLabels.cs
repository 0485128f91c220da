namespace Aims.Core.Documents;

/// <summary>How documents' enumerations read on screen and in exports (the API keeps the camelCase names).</summary>
public static class DocumentLabels
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.AiPolicy => "AI policy",
        DocumentType.TopicPolicy => "Topic policy",
        DocumentType.Procedure => "Procedure",
        DocumentType.ProcessDescription => "Process description",
        DocumentType.Plan => "Plan",
        DocumentType.Methodology => "Methodology",
        DocumentType.RecordTemplate => "Record template",
        DocumentType.ExternalOrigin => "External-origin document",
        DocumentType.ScopeStatement => "Scope statement",
        _ => type.ToString(),
    };

    public static string Of(DocumentState state) => state switch
    {
        DocumentState.Draft => "Draft",
        DocumentState.InReview => "In review",
        DocumentState.Approved => "Approved",
        DocumentState.Published => "Published",
        DocumentState.Retired => "Retired",
        _ => state.ToString(),
    };

    public static string Of(DocumentVersionStatus status) => status switch
    {
        DocumentVersionStatus.Draft => "Draft",
        DocumentVersionStatus.InReview => "In review",
        DocumentVersionStatus.Approved => "Approved",
        DocumentVersionStatus.Published => "Published",
        DocumentVersionStatus.Superseded => "Superseded",
        DocumentVersionStatus.Retired => "Retired",
        _ => status.ToString(),
    };

    public static string Of(DocumentClassification classification) => classification switch
    {
        DocumentClassification.Public => "Public",
        DocumentClassification.Internal => "Internal",
        DocumentClassification.Confidential => "Confidential",
        _ => classification.ToString(),
    };

    public static string Of(ReviewDueState state) => state switch
    {
        ReviewDueState.NotScheduled => "Not scheduled",
        ReviewDueState.NotDue => "Not due",
        ReviewDueState.DueSoon => "Due soon",
        ReviewDueState.Overdue => "Overdue",
        _ => state.ToString(),
    };
}
