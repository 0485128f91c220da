namespace Aims.Catalogs;

/// <summary>
/// Whether mandatory documented information is a living document or evidence of something done.
/// </summary>
/// <remarks>
/// The split drives the document register: documents are versioned and reviewed, records are retained and never
/// edited after the fact.
/// </remarks>
public enum DocumentedInformationKind
{
    /// <summary>Must be available and kept up to date (a policy, a scope statement, a plan).</summary>
    Document,

    /// <summary>Must be retained as evidence (results, approvals, competence evidence).</summary>
    Record,
}
