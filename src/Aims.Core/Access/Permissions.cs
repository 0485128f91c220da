namespace Aims.Core.Access;

/// <summary>
/// Named permissions. Every API endpoint and page declares exactly one; the <see cref="PermissionMatrix"/> says
/// which roles hold it. String constants (not an enum) so they read well in endpoint metadata, logs and docs.
/// </summary>
public static class Permissions
{
    /// <summary>Read the standards catalogs; any signed-in user or token, no organization needed.</summary>
    public const string CatalogRead = "catalog.read";

    public const string OrganizationRead = "organization.read";
    public const string AiSystemsRead = "ai-systems.read";
    public const string AiSystemsWrite = "ai-systems.write";
    public const string AiSystemsArchive = "ai-systems.archive";
    public const string LedgerRead = "ledger.read";
    public const string MembersManage = "members.manage";
    public const string TokensManage = "tokens.manage";

    public static IReadOnlyList<string> All { get; } =
    [
        CatalogRead, OrganizationRead, AiSystemsRead, AiSystemsWrite, AiSystemsArchive, LedgerRead, MembersManage,
        TokensManage,
    ];
}
