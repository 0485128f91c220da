namespace Aims.Web.Security;

/// <summary>Claim types of OpenAIMS: a token's organization and role for the tenant check, and the cookie session's id.</summary>
public static class AimsClaims
{
    public const string TokenOrganizationId = "aims:token_org";
    public const string TokenRole = "aims:token_role";
    public const string TokenId = "aims:token_id";

    /// <summary>The server-side session (<see cref="Aims.Core.Access.UserSession"/>) a sign-in cookie belongs to.</summary>
    public const string SessionId = "aims:sid";

    /// <summary>Added per request (never stored in the cookie) while the user has to replace a password someone else set.</summary>
    public const string MustChangePassword = "aims:must_change_password";
}
