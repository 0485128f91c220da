using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.Bootstrap;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Administration;

/// <summary>
/// Operator actions for whoever runs the installation (the CLI, which has direct database access): create
/// organizations for clients, create accounts and grant memberships. Every change is ledgered like any other,
/// attributed to the operator.
/// </summary>
public sealed partial class InstallationAdminService(AimsDbContext db, UserManager<AimsUser> users, TimeProvider clock)
{
    public async Task<Organization> CreateOrganizationAsync(string actor, string? name, string? slug, string? sector,
        CancellationToken ct = default)
    {
        db.Actor = actor;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        name = name?.Trim();
        slug = slug?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required."];
        }
        else if (TextRules.Problem("Name", name, TextKind.Name, DomainRules.NameMaxLength) is { } nameProblem)
        {
            errors["name"] = [nameProblem];
        }

        sector = string.IsNullOrWhiteSpace(sector) ? null : sector.Trim();
        if (TextRules.Problem("Sector", sector, TextKind.SingleLine, DomainRules.NameMaxLength) is { } sectorProblem)
        {
            errors["sector"] = [sectorProblem];
        }

        if (string.IsNullOrEmpty(slug) || !SlugPattern().IsMatch(slug))
        {
            errors["slug"] = ["Slug must be 2–64 lower-case letters, digits or hyphens, starting and ending with a letter or digit (it appears in every URL)."];
        }
        else if (await db.Organizations.AnyAsync(o => o.Slug == slug, ct))
        {
            errors["slug"] = [$"An organization with slug '{slug}' already exists."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var org = new Organization { Name = name!, Slug = slug!, Sector = sector };
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        return org;
    }

    /// <summary>
    /// Creates an account for someone else (the operator's case): the password, generated or given, must be changed at
    /// the owner's first sign-in.
    /// </summary>
    public Task<(AimsUser User, string? GeneratedPassword)> CreateUserAsync(string actor, string? email, string? displayName,
        string? password, bool isSystemAdmin, CancellationToken ct = default) =>
        CreateUserAsync(actor, email, displayName, password, isSystemAdmin, mustChangePassword: true, ct);

    /// <summary>Creates an account; without a password one is generated and returned (shown once, never stored).</summary>
    /// <param name="mustChangePassword">
    /// True when someone other than the account's owner chose the password (generated or set by an operator): the owner
    /// must replace it at first sign-in. False only for a password the owner chose for themselves (the bootstrap admin's
    /// <c>Aims__Bootstrap__AdminPassword</c>).
    /// </param>
    public async Task<(AimsUser User, string? GeneratedPassword)> CreateUserAsync(string actor, string? email, string? displayName,
        string? password, bool isSystemAdmin, bool mustChangePassword, CancellationToken ct = default)
    {
        db.Actor = actor;
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new ValidationFailedException("email", "A valid e-mail address is required.");
        }

        if (TextRules.Problem("E-mail", email, TextKind.SingleLine, 256) is { } emailProblem)
        {
            throw new ValidationFailedException("email", emailProblem);
        }

        displayName = displayName?.Trim();
        if (TextRules.Problem("Name", displayName, TextKind.Name, DomainRules.NameMaxLength) is { } nameProblem)
        {
            // The CLI's option is --name; the field is the display name people see next to records they own.
            throw new ValidationFailedException("name", nameProblem);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ValidationFailedException("email", $"A user with e-mail '{email}' already exists.");
        }

        var generated = string.IsNullOrEmpty(password) ? AimsInitializer.GeneratePassword() : null;
        var user = new AimsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrEmpty(displayName) ? email.Split('@')[0] : displayName,
            IsSystemAdmin = isSystemAdmin,
            CreatedAt = clock.GetUtcNow(),
            MustChangePassword = mustChangePassword,
        };
        var result = await users.CreateAsync(user, password ?? generated!);
        if (!result.Succeeded)
        {
            throw new ValidationFailedException("password", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return (user, generated);
    }

    /// <summary>
    /// Sets a new password for someone who lost theirs (generated and returned when none is given). The owner must change
    /// it at the next sign-in; their open sessions end and a lockout of the address is lifted, in the same transaction
    /// as the ledgered password change.
    /// </summary>
    public async Task<(AimsUser User, string? GeneratedPassword)> ResetPasswordAsync(string actor, string? email, string? password,
        CancellationToken ct = default)
    {
        db.Actor = actor;
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            throw new ValidationFailedException("email", $"No user with e-mail '{email}'.");
        }

        var generated = string.IsNullOrEmpty(password) ? AimsInitializer.GeneratePassword() : null;
        var chosen = password ?? generated!;
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, chosen);
            errors.AddRange(check.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException("password", string.Join(" ", errors));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, chosen);
        user.MustChangePassword = true;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.UpdateSecurityStampAsync(user); // saves the user (ledgered) and voids other stamps
        if (!result.Succeeded)
        {
            throw new ValidationFailedException("password", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ct);
        var key = SignInLockout.KeyOf(user.Email ?? email!);
        await db.SignInFailureCounters.Where(c => c.Key == key).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return (user, generated);
    }

    /// <summary>Grants a role in an organization, or changes the role of an existing member.</summary>
    public async Task<Membership> SetMembershipAsync(string actor, string organizationSlug, string email, Role role,
        CancellationToken ct = default)
    {
        db.Actor = actor;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == organizationSlug, ct);
        if (org is null)
        {
            errors["org"] = [$"No organization with slug '{organizationSlug}'."];
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            errors["user"] = [$"No user with e-mail '{email}'. Create it first with 'aims users create'."];
        }

        if (!Enum.IsDefined(role))
        {
            errors["role"] = ["Unknown role."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == org!.Id && m.UserId == user!.Id, ct);
        if (membership is null)
        {
            membership = new Membership { OrganizationId = org!.Id, UserId = user!.Id, Role = role };
            db.Memberships.Add(membership);
        }
        else if (membership.Role != role)
        {
            membership.Role = role;
            // Same rule as an organization Admin's role change: tokens with rights the new role lacks stop working now,
            // otherwise an operator's demotion would leave the member's automation with the old rights.
            await ApiTokenService.RevokeExceedingAsync(db, org!.Id, user!.Id, role, ct);
        }

        await db.SaveChangesAsync(ct);
        return membership;
    }

    public async Task<IReadOnlyList<Organization>> ListOrganizationsAsync(CancellationToken ct = default) =>
        await db.Organizations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(ct);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$")]
    private static partial Regex SlugPattern();
}
