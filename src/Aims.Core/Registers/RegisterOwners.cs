using Aims.Core.Access;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers;

/// <summary>The rule every register with an owner shares: the owner is a member of the organization.</summary>
public static class RegisterOwners
{
    /// <summary>
    /// Adds an <c>ownerId</c> error unless <paramref name="ownerId"/> is a member of the caller's organization;
    /// returns their display name for the answer (one query for both).
    /// </summary>
    public static async Task<string?> CheckAsync(AimsDbContext db, Caller caller, Guid ownerId, IDictionary<string, string[]> errors,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(errors);
        if (db.Memo.KnownMember(ownerId, out var known))
        {
            return known;
        }

        var owner = await db.Memberships.Where(m => m.OrganizationId == caller.OrganizationId && m.UserId == ownerId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.DisplayName })
            .FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            errors["ownerId"] = ["The owner must be a member of this organization."];
            return null;
        }

        db.Memo.Member(ownerId, owner.DisplayName);
        return owner.DisplayName;
    }

    /// <summary>The same rule for a member field not called "owner" (responsible, communicator): the error names that field.</summary>
    public static async Task CheckAsync(AimsDbContext db, Caller caller, Editing.RegisterField field, Guid userId, Editing.FieldErrors errors,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await CheckAsync(db, caller, userId, found, ct);
        if (found.Count > 0)
        {
            errors.Add(field.Key, $"{field.Label} must be a member of this organization.");
        }
    }
}
