namespace Aims.Web.Security;

/// <summary>
/// Declares the one permission an endpoint or page needs (see <see cref="Aims.Core.Access.PermissionMatrix"/>).
/// A test enumerates every endpoint and fails when one declares neither this nor anonymous access.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
