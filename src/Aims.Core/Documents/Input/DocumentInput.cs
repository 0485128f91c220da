namespace Aims.Core.Documents.Input;

/// <summary>
/// What a person supplies to create or edit a document. On create, <see cref="Title"/> and <see cref="Type"/> are
/// required unless <see cref="TemplateId"/> names a starter template that provides them (and the clauses, controls,
/// review interval and a first draft). On edit, title and type are required and every other field left out (null)
/// keeps its value; an empty list clears a list. Shape only: the rules live in <see cref="DocumentValidator"/>.
/// </summary>
public sealed record DocumentInput
{
    public string? Title { get; init; }
    public DocumentType? Type { get; init; }

    /// <summary>A member's user id; null means "me" on create.</summary>
    public Guid? OwnerId { get; init; }

    public DocumentClassification? Classification { get; init; }
    public int? ReviewIntervalMonths { get; init; }

    /// <summary>Months each version is kept after it stops being in force (1–1200).</summary>
    public int? RetentionMonths { get; init; }

    /// <summary>ISO/IEC 42001 clause ids, e.g. ["5.2"].</summary>
    public IReadOnlyList<string?>? Clauses { get; init; }

    /// <summary>Annex A control ids, e.g. ["A.2.2"].</summary>
    public IReadOnlyList<string?>? Controls { get; init; }

    /// <summary>Ids of AI systems of this organization.</summary>
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }

    public DocumentApproversInput? Approvers { get; init; }
    public DocumentAudienceInput? Acknowledgers { get; init; }

    /// <summary>Create only: a starter template id (see <c>GET …/document-templates</c>).</summary>
    public string? TemplateId { get; init; }
}
