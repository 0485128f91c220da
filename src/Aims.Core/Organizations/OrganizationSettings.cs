namespace Aims.Core.Organizations;

/// <summary>An organization's settings as its members see them; <paramref name="TimeZone"/> is an IANA id (UTC when never set).</summary>
public sealed record OrganizationSettings(string Slug, string Name, bool RequireMfa, string TimeZone);
