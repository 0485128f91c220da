namespace Aims.Core.Documents;

/// <summary>
/// A version's place in the approval workflow. Only the transition methods of <see cref="DocumentVersion"/> change it:
/// draft → inReview (submit) → approved (quorum of approvals reached) → published (in force) → superseded (a newer
/// version was published) or retired (withdrawn with a reason). A version in review or approved can be returned to
/// draft with a reason; any version not yet superseded or retired can be retired.
/// </summary>
public enum DocumentVersionStatus
{
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
    Retired,
}
