namespace Aims.Catalogs;

/// <summary>
/// A requirement clause or subclause of a management-system standard (for ISO/IEC 42001: clauses 4 to 10).
/// </summary>
/// <param name="Id">The identifier exactly as the standard numbers it, e.g. "6.1.4".</param>
/// <param name="Title">The short title of the clause.</param>
/// <param name="ParentId">The enclosing clause ("6.1" for "6.1.4"); <see langword="null"/> for a top-level clause.</param>
/// <param name="Summary">What the organization has to do, in our own words (never the standard's text).</param>
/// <param name="DocumentedInformation">The documented information the clause makes mandatory; empty when it makes none.</param>
public sealed record ClauseItem(
    string Id,
    string Title,
    string? ParentId,
    string Summary,
    IReadOnlyList<DocumentedInformationRequirement> DocumentedInformation);
