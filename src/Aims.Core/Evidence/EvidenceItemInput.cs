namespace Aims.Core.Evidence;

/// <summary>
/// What a person supplies to create or edit an evidence item (JSON, or the fields of an upload form). Shape only; the
/// rules are <see cref="EvidenceValidator"/>'s. Null owner means "me" and null effective date "today" on create.
/// </summary>
public sealed record EvidenceItemInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }

    /// <summary>On JSON create: link or recordReference. Uploads decide it from the file (file or computedResult).</summary>
    public EvidenceKind? Kind { get; init; }

    public Guid? OwnerId { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public DateOnly? ValidUntil { get; init; }

    /// <summary>For a link: the http(s) address.</summary>
    public string? Url { get; init; }

    /// <summary>For a record reference: the record that is the evidence.</summary>
    public EvidenceReferenceInput? Reference { get; init; }

    /// <summary>Annex A control numbers ("A.6.2.4").</summary>
    public IReadOnlyList<string?>? Controls { get; init; }

    /// <summary>Clause numbers ("8.2").</summary>
    public IReadOnlyList<string?>? Clauses { get; init; }

    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
}
