using System.Collections.Frozen;

namespace Aims.Core.Access;

/// <summary>
/// The one permission matrix, declared as data: role → permissions. Authorization everywhere (API filter, pages,
/// CLI) asks this table; nothing else grants access. Auditors read everything, including the ledger, but change
/// nothing, which keeps their independence visible.
/// </summary>
public static class PermissionMatrix
{
    private static readonly FrozenDictionary<Role, FrozenSet<string>> Grants = new Dictionary<Role, FrozenSet<string>>
    {
        [Role.Viewer] = Set(Permissions.CatalogRead, Permissions.OrganizationRead, Permissions.AiSystemsRead,
            Permissions.DocumentsRead, Permissions.EvidenceRead, Permissions.ManagementRead, Permissions.RisksRead, Permissions.ReadinessRead),
        [Role.Auditor] = Set(Permissions.CatalogRead, Permissions.OrganizationRead, Permissions.AiSystemsRead,
            Permissions.LedgerRead, Permissions.DocumentsRead, Permissions.EvidenceRead, Permissions.ManagementRead, Permissions.RisksRead,
            Permissions.ReadinessRead),
        [Role.Contributor] = Set(Permissions.CatalogRead, Permissions.OrganizationRead, Permissions.AiSystemsRead,
            Permissions.AiSystemsWrite, Permissions.DocumentsRead, Permissions.DocumentsWrite, Permissions.EvidenceRead,
            Permissions.EvidenceWrite, Permissions.ManagementRead, Permissions.ManagementWrite, Permissions.RisksRead, Permissions.RisksWrite,
            Permissions.ReadinessRead),
        [Role.GovernanceLead] = Set(Permissions.CatalogRead, Permissions.OrganizationRead, Permissions.AiSystemsRead,
            Permissions.AiSystemsWrite, Permissions.AiSystemsArchive, Permissions.LedgerRead, Permissions.DocumentsRead,
            Permissions.DocumentsWrite, Permissions.DocumentsApprove, Permissions.DocumentsArchive, Permissions.EvidenceRead,
            Permissions.EvidenceWrite, Permissions.EvidenceArchive, Permissions.ManagementRead, Permissions.ManagementWrite,
            Permissions.ManagementArchive, Permissions.RisksRead, Permissions.RisksWrite, Permissions.RisksArchive, Permissions.RisksManage,
            Permissions.ReadinessRead),
        [Role.Admin] = Set([.. Permissions.All]),
    }.ToFrozenDictionary();

    public static bool Allows(Role role, string permission) =>
        Grants.TryGetValue(role, out var set) && set.Contains(permission);

    public static IReadOnlyCollection<string> PermissionsOf(Role role) => Grants[role];

    private static FrozenSet<string> Set(params string[] permissions) => permissions.ToFrozenSet(StringComparer.Ordinal);
}
