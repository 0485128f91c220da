namespace Aims.Core.Ledger;

/// <summary>
/// Names of the ledger's chains. An organization's records chain under <c>org:&lt;id&gt;</c>; records that belong to no
/// organization (accounts, the installation itself) under <see cref="Installation"/>. Databases created before chains
/// existed hold one shared chain for everything, kept verifiable as <see cref="Legacy"/>: it is closed by a signed
/// checkpoint at the first start after the upgrade, and every new chain starts from its last hash.
/// </summary>
public static class LedgerChains
{
    public const string Installation = "installation";
    public const string Legacy = "legacy";
    public const string OrganizationPrefix = "org:";

    public static string For(Guid? organizationId) =>
        organizationId is { } id ? OrganizationPrefix + id.ToString("D") : Installation;

    /// <summary>The organization a chain belongs to, or null for the installation and legacy chains.</summary>
    public static Guid? OrganizationOf(string chain) =>
        chain is not null && chain.StartsWith(OrganizationPrefix, StringComparison.Ordinal) &&
        Guid.TryParse(chain.AsSpan(OrganizationPrefix.Length), out var id) ? id : null;
}
