namespace Aims.Core.Documents;

/// <summary>
/// The status of the version being worked on, if any — the one version of a document that is a draft, in review or
/// approved but not yet published (a document has at most one). Next to <see cref="DocumentState"/> it answers
/// "published v1, v2 in review".
/// </summary>
public enum PendingVersionState
{
    None,
    Draft,
    InReview,
    Approved,
}
