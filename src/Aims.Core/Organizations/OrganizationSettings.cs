namespace Aims.Core.Organizations;

/// <summary>An organization's settings as its members see them; <paramref name="TimeZone"/> is an IANA id (UTC when never
/// set); <paramref name="AllowSelfApproval"/> lets authors approve their own document versions.</summary>
public sealed record OrganizationSettings(string Slug, string Name, bool RequireMfa, string TimeZone, bool AllowSelfApproval);
