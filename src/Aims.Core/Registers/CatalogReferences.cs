using Aims.Catalogs;

namespace Aims.Core.Registers;

/// <summary>
/// Checks the clause and Annex A control ids a record links to against the ISO/IEC 42001 catalog, for every register
/// that links to them (documents, evidence…). Ids are matched ignoring case and returned as the catalog spells them, in
/// the catalog's order without repeats; an unknown id is an error under the field's name listing every unknown one.
/// </summary>
public static class CatalogReferences
{
    /// <summary>The canonical clause ids, or null after adding an error under <paramref name="field"/>.</summary>
    public static IReadOnlyList<string>? Clauses(IReadOnlyList<string?>? ids, string field, IDictionary<string, string[]> errors) =>
        Check(ids, field, errors, "clause", id => CatalogLibrary.Iso42001.FindClause(id)?.Id, "clauses 4 to 10 and their subclauses, e.g. 5.2 or 6.1.4");

    /// <summary>The canonical control ids, or null after adding an error under <paramref name="field"/>.</summary>
    public static IReadOnlyList<string>? Controls(IReadOnlyList<string?>? ids, string field, IDictionary<string, string[]> errors) =>
        Check(ids, field, errors, "Annex A control", id => CatalogLibrary.Iso42001.FindControl(id)?.Id, "A.2.2 to A.10.4, e.g. A.6.2.4");

    /// <summary>Whether <paramref name="id"/> (as the catalog spells it) is a clause or a control of the catalog.</summary>
    public static string? CanonicalClause(string id) => CatalogLibrary.Iso42001.FindClause(id.Trim())?.Id;

    public static string? CanonicalControl(string id) => CatalogLibrary.Iso42001.FindControl(id.Trim())?.Id;

    private static List<string>? Check(IReadOnlyList<string?>? ids, string field, IDictionary<string, string[]> errors,
        string noun, Func<string, string?> find, string hint)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (ids is null)
        {
            return [];
        }

        var found = new List<string>();
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            var text = id?.Trim() ?? "";
            if (text.Length > 0 && text.Length <= 16 && find(text) is { } canonical)
            {
                found.Add(canonical);
            }
            else
            {
                unknown.Add(text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text);
            }
        }

        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown.Select(u => $"'{u}'"));
            errors[field] = [$"Unknown ISO/IEC 42001 {noun} id{(unknown.Count == 1 ? "" : "s")} {list}; use the catalog's ids ({hint})."];
            return null;
        }

        return [.. found.Distinct(StringComparer.Ordinal).Order(IdentifierComparer.Instance)];
    }
}
