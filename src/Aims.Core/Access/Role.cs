namespace Aims.Core.Access;

/// <summary>Roles a person (or API token) holds within one organization.</summary>
public enum Role
{
    Viewer = 0,
    Auditor = 1,
    Contributor = 2,
    GovernanceLead = 3,
    Admin = 4,
}
