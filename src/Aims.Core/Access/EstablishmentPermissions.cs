using Aims.Core.Registers;

namespace Aims.Core.Access;

/// <summary>
/// The registers that establish the management system (context, interested parties, objectives, roles, scope…)
/// share one set of permissions: the people who may shape the AIMS may shape all of it.
/// </summary>
public static class EstablishmentPermissions
{
    public static RegisterPermissions Register { get; } =
        new(Permissions.ManagementRead, Permissions.ManagementWrite, Permissions.ManagementArchive);
}
