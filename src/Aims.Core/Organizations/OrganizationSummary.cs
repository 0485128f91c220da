using Aims.Core.Access;

namespace Aims.Core.Organizations;

/// <summary>An organization as listed for a user, with the user's role there.</summary>
public sealed record OrganizationSummary(Guid Id, string Name, string Slug, string? Sector, Role Role);
