namespace Aims.Core.Access;

/// <summary>How an organization role reads in words (screens, and records that name the role someone acted in).</summary>
public static class RoleNames
{
    public static string Label(Role role) => role switch
    {
        Role.GovernanceLead => "Governance lead",
        _ => role.ToString(),
    };
}
