namespace Aims.Web.Security;

/// <summary>Claim types the token handler adds, so the tenant check knows a token's organization and role.</summary>
public static class AimsClaims
{
    public const string TokenOrganizationId = "aims:token_org";
    public const string TokenRole = "aims:token_role";
    public const string TokenId = "aims:token_id";
}
