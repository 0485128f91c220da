namespace Aims.Core.Organizations;

/// <summary>Settings an organization's Admin may change; nullable so a missing field is reported, not read as false.</summary>
public sealed class OrganizationSettingsInput
{
    /// <summary>Members need two-factor sign-in to use the organization with a session.</summary>
    public bool? RequireMfa { get; set; }
}
