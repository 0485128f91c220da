using Aims.Core.Access;

namespace Aims.Core.Documents.Input;

/// <summary>
/// Who may approve: named members and/or access roles (both empty: anyone whose role holds documents.approve), and
/// how many distinct approvals a version needs. A field left out keeps its value.
/// </summary>
public sealed record DocumentApproversInput
{
    public IReadOnlyList<Guid>? People { get; init; }
    public IReadOnlyList<Role>? Roles { get; init; }
    public int? Quorum { get; init; }
}
