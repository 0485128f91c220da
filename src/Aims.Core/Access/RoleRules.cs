namespace Aims.Core.Access;

/// <summary>
/// Comparisons between roles. Roles are compared by what they grant, not by their enum order: an Auditor reads the
/// ledger and a Contributor does not, so "Contributor &gt; Auditor" in declaration order must not let a Contributor hand
/// out Auditor rights. Used wherever one role confers another (memberships, API tokens).
/// </summary>
public static class RoleRules
{
    /// <summary>True when <paramref name="holder"/> holds every permission of <paramref name="granted"/>.</summary>
    public static bool Covers(Role holder, Role granted) =>
        Enum.IsDefined(holder) && Enum.IsDefined(granted) &&
        PermissionMatrix.PermissionsOf(granted).All(p => PermissionMatrix.Allows(holder, p));
}
