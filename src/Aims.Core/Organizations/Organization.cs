using Aims.Core.Common;

namespace Aims.Core.Organizations;

/// <summary>A tenant: one organization running its own AI management system.</summary>
public sealed class Organization : AuditedEntity
{
    public string Name { get; set; } = "";

    /// <summary>URL identifier (lower-case letters, digits, hyphens), used in every tenant route.</summary>
    public string Slug { get; set; } = "";

    public string? Sector { get; set; }

    /// <summary>
    /// Members must have two-factor sign-in (an authenticator app) before they can use this organization with a
    /// session; API tokens keep working, but only enrolled members can create them here.
    /// </summary>
    public bool RequireMfa { get; set; }
}
