namespace Aims.Core.Organizations;

/// <summary>
/// Settings an Admin may change. Each field is optional and a missing one keeps its current value (so a client that
/// knows only <see cref="RequireMfa"/> cannot reset the time zone); at least one must be given. Nullable so a missing
/// field is never read as false.
/// </summary>
public sealed class OrganizationSettingsInput
{
    /// <summary>Members need two-factor sign-in to use the organization with a session.</summary>
    public bool? RequireMfa { get; set; }

    /// <summary>IANA time zone id (e.g. <c>Europe/Berlin</c>, or <c>UTC</c>) in which due dates are computed and shown.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Authors may approve their own document versions (default false).</summary>
    public bool? AllowSelfApproval { get; set; }
}
