using System.Security.Cryptography;
using System.Text;
using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Access;

/// <summary>
/// Issues, authenticates and revokes API tokens. Tokens look like <c>aims_…</c> (43 random base64url characters),
/// are stored only as SHA-256 hashes and are bound to one organization and one role.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock)
{
    public const string TokenPrefix = "aims_";
    public const int MaxLifetimeDays = 3650;

    public async Task<IssuedToken> CreateAsync(string organizationSlug, Role role, string userEmail, int? expiresInDays,
        string actor, string? name = null, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (expiresInDays is < 1 or > MaxLifetimeDays)
        {
            errors["expires"] = [$"Expiry must be between 1 and {MaxLifetimeDays} days."];
        }

        if (!Enum.IsDefined(role))
        {
            errors["role"] = ["Unknown role."];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor;
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == organizationSlug, ct);
        if (org is null)
        {
            errors["org"] = [$"No organization with slug '{organizationSlug}'."];
        }

        var normalizedEmail = userEmail.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, ct);
        if (user is null)
        {
            errors["user"] = [$"No user with e-mail '{userEmail}'."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == org!.Id && m.UserId == user!.Id, ct);
        if (membership is null && !user!.IsSystemAdmin)
        {
            throw new ValidationFailedException("user", $"'{userEmail}' is not a member of '{organizationSlug}'.");
        }

        // A token never carries more authority than its owner has in that organization.
        if (membership is not null && role > membership.Role)
        {
            throw new ValidationFailedException("role",
                $"'{userEmail}' is {membership.Role} in '{organizationSlug}'; a token cannot have the higher role {role}.");
        }

        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = db.Now();
        var token = new ApiToken
        {
            OrganizationId = org!.Id,
            UserId = user!.Id,
            Role = role,
            Name = string.IsNullOrWhiteSpace(name) ? $"{role} token" : name.Trim(),
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            CreatedAt = now,
            CreatedBy = actor,
            ExpiresAt = expiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedToken(secret, token);
    }

    /// <summary>Returns the active token and its user, or null for unknown, expired or revoked tokens.</summary>
    public async Task<(ApiToken Token, AimsUser User)?> AuthenticateAsync(string presented, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(TokenPrefix, StringComparison.Ordinal) ||
            presented.Length > 100)
        {
            return null;
        }

        var hash = Hash(presented);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync(ct);
        if (found is null || !found.Token.IsActive(clock.GetUtcNow()))
        {
            return null;
        }

        return (found.Token, found.User);
    }

    public async Task RevokeAsync(Guid tokenId, string actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Actor = actor;
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct) ?? throw new NotFoundException("API token");
        token.RevokedAt ??= db.Now();
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(string organizationSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ApiTokens.AsNoTracking()
            .Where(t => db.Organizations.Any(o => o.Id == t.OrganizationId && o.Slug == organizationSlug))
            .OrderBy(t => t.CreatedAt).ToListAsync(ct);
    }

    internal static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
