using Aims.Core.Access;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// The organization's current members and their roles, for the rules that name people or roles: owners, approvers and
/// acknowledgers must be members, and who may approve or must acknowledge is computed from the members of today
/// (a person who left is no longer asked; a new holder of a named role is).
/// </summary>
internal sealed class DocumentMembers
{
    private readonly Dictionary<Guid, (Role Role, string Name)> _members;

    private DocumentMembers(Dictionary<Guid, (Role Role, string Name)> members) => _members = members;

    public static async Task<DocumentMembers> LoadAsync(AimsDbContext db, Guid organizationId, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == organizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, m.Role, u.DisplayName })
            .ToListAsync(ct);
        return new DocumentMembers(rows.ToDictionary(r => r.UserId, r => (r.Role, r.DisplayName)));
    }

    public bool IsMember(Guid userId) => _members.ContainsKey(userId);

    public string NameOf(Guid userId) => _members.TryGetValue(userId, out var m) ? m.Name : "";

    /// <summary>Members a named list selects: the named people plus everyone holding a named role.</summary>
    public IReadOnlyList<Guid> Selected(IEnumerable<Guid> people, IEnumerable<Role> roles)
    {
        var named = people.ToHashSet();
        var namedRoles = roles.ToHashSet();
        return [.. _members.Where(m => named.Contains(m.Key) || namedRoles.Contains(m.Value.Role)).Select(m => m.Key)];
    }

    /// <summary>Who may approve: the named people and roles, or (none named) every member whose role holds documents.approve.</summary>
    public IReadOnlyList<Guid> Approvers(IReadOnlyCollection<Guid> people, IReadOnlyCollection<Role> roles) =>
        people.Count == 0 && roles.Count == 0
            ? [.. _members.Where(m => PermissionMatrix.Allows(m.Value.Role, Permissions.DocumentsApprove)).Select(m => m.Key)]
            : Selected(people, roles);

    /// <summary>Adds an error under <paramref name="field"/> for every id that is not a member.</summary>
    public void CheckMembers(IReadOnlyList<Guid>? ids, string field, string what, IDictionary<string, string[]> errors)
    {
        var strangers = ids?.Where(id => !IsMember(id)).Distinct().ToList() ?? [];
        if (strangers.Count > 0)
        {
            errors[field] = [$"{what} must be members of this organization; not a member: {string.Join(", ", strangers)}."];
        }
    }
}
