namespace Aims.Core.Documents;

/// <summary>
/// Where a document stands as a whole, computed from its versions (never typed): <see cref="Published"/> while a
/// version is in force; otherwise the status of the version being worked on; <see cref="Retired"/> when versions exist
/// but none is in force or being worked on. Stored as its number (the order of a document's life) for sorting.
/// </summary>
public enum DocumentState
{
    /// <summary>No version yet, or only a draft: nothing has been submitted.</summary>
    Draft,

    /// <summary>A version waits for its approvals and none is in force.</summary>
    InReview,

    /// <summary>A version is approved and waits to be published; none is in force yet.</summary>
    Approved,

    /// <summary>A version is in force (a newer one may be in the works, see <see cref="PendingVersionState"/>).</summary>
    Published,

    /// <summary>The document was withdrawn: no version is in force and none is being worked on.</summary>
    Retired,
}
