using System.Data;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Organizations;

/// <summary>
/// Who belongs to an organization and with which role, managed by the organization's own administrators (the CLI's
/// <see cref="Administration.InstallationAdminService"/> is the operator's path, outside any organization).
/// Rules: an organization always keeps at least one Admin; nobody grants a role with rights they do not hold, nor
/// changes someone whose role has rights they do not hold; a member's API tokens never outlive their rights.
/// <para>
/// Removal deletes the membership row instead of marking it ended. The ledger records the delete with the row's last
/// values (who, which role, since when, by whom), so the history an auditor needs is kept; an "ended" flag would
/// need a schema change and a filter in every membership query (sign-in, tenancy, pickers), where forgetting it once
/// would quietly grant access to someone who left. Re-adding a person later simply creates a new row.
/// </para>
/// </summary>
public sealed class MembershipService(IDbContextFactory<AimsDbContext> dbFactory)
{
    // Namespace for the PostgreSQL advisory lock that serializes membership changes per organization (the ledger uses
    // a different, single-key lock).
    private const int MembershipLockSpace = 42_002;

    public async Task<MemberSummary> AddAsync(Caller caller, MemberInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.MembersManage);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = ["A valid e-mail address is required."];
        }
        else if (Text.TextRules.Problem("E-mail", email, Text.TextKind.SingleLine, 256) is { } emailProblem)
        {
            errors["email"] = [emailProblem];
        }

        CheckGrantable(caller, input.Role, errors);
        ValidationFailedException.ThrowIfAny(errors);

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await using var tx = await BeginAsync(db, caller.OrganizationId, ct);
        var normalized = email!.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct)
                   ?? throw new ValidationFailedException("email",
                       $"No account uses '{email}'. The installation's operator creates accounts ('aims users create'); then add it here.");
        if (await db.Memberships.AnyAsync(m => m.OrganizationId == caller.OrganizationId && m.UserId == user.Id, ct))
        {
            throw new ValidationFailedException("email", $"'{email}' is already a member; change their role in the list instead.");
        }

        db.Memberships.Add(new Membership { OrganizationId = caller.OrganizationId, UserId = user.Id, Role = input.Role!.Value });
        await SaveAsync(db, ct);
        await tx.CommitAsync(ct);
        return new MemberSummary(user.Id, user.DisplayName, user.Email ?? "", input.Role.Value);
    }

    public async Task<MemberSummary> ChangeRoleAsync(Caller caller, Guid userId, MemberRoleInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.MembersManage);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckGrantable(caller, input.Role, errors);
        ValidationFailedException.ThrowIfAny(errors);
        var role = input.Role!.Value;

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await using var tx = await BeginAsync(db, caller.OrganizationId, ct);
        var (membership, user) = await FindAsync(db, caller, userId, ct);
        if (membership.Role != role)
        {
            CheckManageable(caller, membership);
            if (membership.Role == Role.Admin)
            {
                await EnsureAnotherAdminAsync(db, membership, "demote", ct);
            }

            membership.Role = role;
            await ApiTokenService.RevokeExceedingAsync(db, caller.OrganizationId, userId, role, ct);
            await SaveAsync(db, ct);
        }

        await tx.CommitAsync(ct);
        return new MemberSummary(user.Id, user.DisplayName, user.Email ?? "", membership.Role);
    }

    public async Task RemoveAsync(Caller caller, Guid userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.MembersManage);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await using var tx = await BeginAsync(db, caller.OrganizationId, ct);
        var (membership, _) = await FindAsync(db, caller, userId, ct);
        CheckManageable(caller, membership);
        if (membership.Role == Role.Admin)
        {
            await EnsureAnotherAdminAsync(db, membership, "remove", ct);
        }

        db.Memberships.Remove(membership);
        // Tokens are bound to the organization, not to the membership: without this they would keep working.
        await ApiTokenService.RevokeExceedingAsync(db, caller.OrganizationId, userId, newRole: null, ct);
        await SaveAsync(db, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Why changing the member's role to <paramref name="role"/> would be refused (e.g. the last Admin), or null when it
    /// would go through. Changes nothing: the UI asks before its confirmation dialog, so nobody confirms something
    /// that is then refused. <see cref="ChangeRoleAsync"/> checks again inside its transaction.
    /// </summary>
    public Task<string?> RoleChangeRefusalAsync(Caller caller, Guid userId, Role role, CancellationToken ct = default) =>
        RefusalAsync(caller, userId, role, ct);

    /// <summary>Why removing the member would be refused, or null; see <see cref="RoleChangeRefusalAsync"/>.</summary>
    public Task<string?> RemovalRefusalAsync(Caller caller, Guid userId, CancellationToken ct = default) =>
        RefusalAsync(caller, userId, newRole: null, ct);

    // The same rule methods as the changes themselves, run without writing; a null role means removal.
    private async Task<string?> RefusalAsync(Caller caller, Guid userId, Role? newRole, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.MembersManage);
        try
        {
            if (newRole is not null)
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                CheckGrantable(caller, newRole, errors);
                ValidationFailedException.ThrowIfAny(errors);
            }

            await using var db = await dbFactory.OpenForAsync(caller, ct);
            var (membership, _) = await FindAsync(db, caller, userId, ct);
            if (membership.Role == newRole)
            {
                return null;
            }

            CheckManageable(caller, membership);
            if (membership.Role == Role.Admin)
            {
                await EnsureAnotherAdminAsync(db, membership, newRole is null ? "remove" : "demote", ct);
            }

            return null;
        }
        catch (ValidationFailedException ex)
        {
            return string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
    }

    private static void CheckGrantable(Caller caller, Role? role, Dictionary<string, string[]> errors)
    {
        if (role is not { } r)
        {
            errors["role"] = ["Role is required."];
        }
        else if (!Enum.IsDefined(r))
        {
            errors["role"] = ["Unknown role."];
        }
        else if (!RoleRules.Covers(caller.Role, r))
        {
            errors["role"] = [$"You are {caller.Role} here; you cannot grant {r}, which has rights you do not hold."];
        }
    }

    private static void CheckManageable(Caller caller, Membership membership)
    {
        if (!RoleRules.Covers(caller.Role, membership.Role))
        {
            throw new ValidationFailedException("role",
                $"This member is {membership.Role}, which has rights you ({caller.Role}) do not hold; ask an Admin.");
        }
    }

    private static async Task EnsureAnotherAdminAsync(AimsDbContext db, Membership membership, string verb, CancellationToken ct)
    {
        var admins = await db.Memberships.CountAsync(m => m.OrganizationId == membership.OrganizationId && m.Role == Role.Admin, ct);
        if (admins <= 1)
        {
            throw new ValidationFailedException("role",
                $"You cannot {verb} the last Admin of the organization; make someone else Admin first, so the organization is never left without one.");
        }
    }

    private static async Task<(Membership Membership, Access.AimsUser User)> FindAsync(AimsDbContext db, Caller caller, Guid userId,
        CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == caller.OrganizationId && m.UserId == userId, ct)
                         ?? throw new NotFoundException("Member");
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        return (membership, user);
    }

    /// <summary>
    /// Starts the transaction that reads "how many Admins are left" and writes the change, serialized per organization:
    /// otherwise two Admins demoting each other at the same moment could both see "one other Admin remains" and leave
    /// none. SQLite transactions take the write lock at BEGIN; PostgreSQL takes an advisory lock for this organization.
    /// </summary>
    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(AimsDbContext db,
        Guid organizationId, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        if (db.Database.IsNpgsql())
        {
            var key = BitConverter.ToInt32(organizationId.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({MembershipLockSpace}, {key})", ct);
        }

        return tx;
    }

    private static async Task SaveAsync(AimsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The membership was changed by someone else meanwhile. Reload and try again.",
                preconditionFailed: false);
        }
    }

}
