namespace Aims.Core.Organizations;

/// <summary>An organization's settings as its members see them.</summary>
public sealed record OrganizationSettings(string Slug, string Name, bool RequireMfa);
