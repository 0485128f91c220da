using Aims.Catalogs;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// The readiness rules this issue adds, all answered by controlled documents: one per piece of mandatory documented
/// information of clauses 4–10 (from the catalog), one for every other subclause (a document that serves it), and
/// one per Annex A control (a document in force or current evidence). Later features add rules over their own records next to these; until then a linked
/// controlled document in force satisfies the item.
/// </summary>
public static class DocumentReadinessRules
{
    /// <summary>Clauses where the standard asks that the documented information is communicated, not only kept.</summary>
    private static readonly HashSet<string> Communicated = new(StringComparer.Ordinal) { "5.2" };

    public static IEnumerable<IReadinessRule> For(StandardCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var clause in catalog.Clauses.Where(c => !catalog.Clauses.Any(child => child.ParentId == c.Id)))
        {
            if (clause.DocumentedInformation.Count == 0)
            {
                yield return new LinkedDocumentRule(clause.Id, "A document that serves this clause", mustBeAcknowledged: false);
                continue;
            }

            foreach (var requirement in clause.DocumentedInformation)
            {
                yield return new LinkedDocumentRule(clause.Id, Short(requirement.Description), Communicated.Contains(clause.Id));
            }
        }

        foreach (var control in catalog.Controls)
        {
            yield return new BestOfRule(control.Id, "A document in force or current evidence",
                new LinkedDocumentRule(control.Id, "A document that implements this control", mustBeAcknowledged: false),
                new LinkedEvidenceRule(control.Id));
        }
    }

    // "AIMS scope statement: the AI systems, …" → "AIMS scope statement": the rule's name; the catalog keeps the rest.
    private static string Short(string description)
    {
        var end = description.IndexOfAny([':', '.']);
        return end > 0 ? description[..end] : description;
    }
}
