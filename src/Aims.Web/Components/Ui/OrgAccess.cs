namespace Aims.Web.Components.Ui;

/// <summary>Where an organization page stands after resolving the signed-in user in the organization of the route.</summary>
public enum OrgAccess
{
    /// <summary>Still looking the caller up; render a progress bar, never data.</summary>
    Resolving,

    /// <summary>No such organization, or the user has no standing in it. Shown as "not found" so outsiders learn nothing.</summary>
    NotFound,

    /// <summary>A member whose role lacks the page's permission.</summary>
    Forbidden,

    /// <summary>A member of an organization that requires two-factor sign-in, not enrolled yet: sent to enrolment.</summary>
    MfaRequired,

    /// <summary>A member whose role grants the page's permission.</summary>
    Granted,
}
