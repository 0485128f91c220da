namespace Aims.Catalogs;

/// <summary>An Annex A control.</summary>
/// <param name="Id">The identifier exactly as the standard numbers it, e.g. "A.6.2.4".</param>
/// <param name="Title">The short title.</param>
/// <param name="ObjectiveId">The direct parent objective ("A.6.2" for "A.6.2.4", "A.2" for "A.2.2").</param>
/// <param name="Intent">One line on what the control is for, in our own words.</param>
/// <param name="EvidenceGuidance">
/// What an auditor usually expects to see when the control is implemented: a few concrete items separated by "; ".
/// </param>
/// <param name="RelatedClauses">Clause ids the control obviously supports, e.g. ["6.1.4", "8.4"]; may be empty.</param>
public sealed record ControlItem(
    string Id,
    string Title,
    string ObjectiveId,
    string Intent,
    string EvidenceGuidance,
    IReadOnlyList<string> RelatedClauses);
