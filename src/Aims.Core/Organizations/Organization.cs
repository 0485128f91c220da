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

    /// <summary>
    /// The IANA time zone (e.g. <c>Europe/Berlin</c>) in which the organization's dates are shown and due dates fall:
    /// a review "due on 1 March" is overdue once 1 March has ended there. Times stay stored in UTC. Null means UTC
    /// (organizations from before the setting, and new ones until an Admin chooses); read it through
    /// <see cref="OrganizationCalendar.For(Organization)"/>.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// An author may approve their own document version. Off by default: an approval is a second person's judgement,
    /// and auditors look for that separation (a one-person organization may need to turn it on).
    /// </summary>
    public bool AllowSelfApproval { get; set; }
}
