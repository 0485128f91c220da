using Aims.Core.Access;

namespace Aims.Core.Organizations;

/// <summary>A member of an organization as shown in pickers and member lists.</summary>
public sealed record MemberSummary(Guid UserId, string DisplayName, string Email, Role Role);
