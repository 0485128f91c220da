using Aims.Core.Access;

namespace Aims.Core.Documents.Views;

/// <summary>
/// Who may approve the document's versions. When <see cref="People"/> and <see cref="Roles"/> are both empty, any
/// member whose role holds <c>documents.approve</c> may; otherwise only the named people and holders of the named
/// roles. <see cref="Quorum"/> distinct approvers are needed, and never an author of the version unless
/// <see cref="SelfApprovalAllowed"/> (an organization setting).
/// </summary>
public sealed record DocumentApproversView(IReadOnlyList<PersonRef> People, IReadOnlyList<Role> Roles, int Quorum,
    bool SelfApprovalAllowed);
