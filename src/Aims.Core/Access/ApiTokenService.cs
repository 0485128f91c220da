using System.Security.Cryptography;
using System.Text;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Access;

/// <summary>
/// Issues, authenticates and revokes API tokens. Tokens look like <c>aims_…</c> (43 random base64url characters),
/// are stored only as SHA-256 hashes and are bound to one organization and one role.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock, LedgerHeadReader heads)
{
    // Token and account as last read, per token hash; shared read-only between requests.
    private readonly HeadCheckedCache<string, TokenMatch> _known = new(heads);

    public const string TokenPrefix = "aims_";
    public const int MaxLifetimeDays = 3650;

    /// <summary>The lifetime when none is given: short, so a leaked token that nobody revokes still stops working.</summary>
    public const int DefaultLifetimeDays = 90;

    public Task<IssuedToken> CreateAsync(string organizationSlug, Role role, string userEmail, int? expiresInDays,
        string actor, string? name = null, CancellationToken ct = default) =>
        CreateAsync(organizationSlug, role, userEmail, expiresInDays, expiryProblem: null, actor, name, ct);

    /// <summary>
    /// The operator's path with the lifetime as typed (<c>--expires 90</c> or <c>never</c>), so an unreadable lifetime is
    /// reported together with every other bad option, and nothing is created.
    /// </summary>
    public Task<IssuedToken> CreateAsync(string organizationSlug, Role role, string userEmail, string? expires,
        string actor, string? name = null, CancellationToken ct = default)
    {
        var problem = ApiTokenExpiry.Parse(expires, out var days);
        return CreateAsync(organizationSlug, role, userEmail, days, problem, actor, name, ct);
    }

    private async Task<IssuedToken> CreateAsync(string organizationSlug, Role role, string userEmail, int? expiresInDays,
        string? expiryProblem, string actor, string? name, CancellationToken ct)
    {
        // The same field rules as a token created in the UI or API; the operator's default name fills in a missing one.
        name = string.IsNullOrWhiteSpace(name) ? $"{role} token" : name.Trim();
        var errors = Validate(new ApiTokenInput { Name = name, Role = role, ExpiresInDays = expiresInDays });
        if (errors.Remove("expiresInDays", out var expiryErrors))
        {
            // Named after the operator's option (--expires), which is how the CLI reports fields.
            errors["expires"] = expiryErrors;
        }

        if (expiryProblem is not null)
        {
            errors["expires"] = [expiryProblem];
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

        if (org!.RequireMfa && !user!.TwoFactorEnabled)
        {
            throw new ValidationFailedException("user", MfaRequiredMessage(organizationSlug, $"'{userEmail}' has"));
        }

        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrganizationId == org.Id && m.UserId == user!.Id, ct);
        if (membership is null && !user!.IsSystemAdmin)
        {
            throw new ValidationFailedException("user", $"'{userEmail}' is not a member of '{organizationSlug}'.");
        }

        // A token never carries more authority than its owner has in that organization (compared by permissions,
        // not enum order: a Contributor must not mint an Auditor token that reads the ledger).
        if (membership is not null && !RoleRules.Covers(membership.Role, role))
        {
            throw new ValidationFailedException("role",
                $"'{userEmail}' is {membership.Role} in '{organizationSlug}'; a token cannot have the higher role {role}.");
        }

        var issued = Issue(db, org!.Id, user!.Id, role, name, expiresInDays, actor);
        await db.SaveChangesAsync(ct);
        return issued;
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
        var found = await _known.GetAsync(hash, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var match = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new TokenMatch(t, u))
                .FirstOrDefaultAsync(token);
            return (match, match?.Token.OrganizationId);
        }, ct);
        // Expiry is a matter of time, not of rows: checked on every request, cached or not.
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

    /// <summary>The organization's tokens for its administrators: never the hash, only the display prefix.</summary>
    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.TokensManage);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.OrganizationId == caller.OrganizationId)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.DisplayName, u.Email })
            .OrderByDescending(x => x.Token.CreatedAt)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return rows.Select(r => ToView(r.Token, r.DisplayName, r.Email, now)).ToList();
    }

    /// <summary>
    /// Creates a token owned by the caller in the caller's organization. Its role is capped at the caller's role, so a
    /// token can never do more than the person (or token) that created it. The clear value is returned once.
    /// </summary>
    public async Task<CreatedApiToken> CreateAsync(Caller caller, ApiTokenInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.TokensManage);
        if (caller.ViaApiToken)
        {
            // A token minting tokens could outlive its own expiry or revocation; new tokens need a signed-in person.
            throw new ForbiddenException(Permissions.TokensManage,
                "API tokens cannot create further tokens; sign in to the web UI or use 'aims tokens create'.");
        }

        var errors = Validate(input);
        if (input.Role is { } wanted && Enum.IsDefined(wanted) && !RoleRules.Covers(caller.Role, wanted))
        {
            errors["role"] = [$"You are {caller.Role} here; a token cannot have a role with more rights ({wanted})."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        // Checked here, not only by the host's gate: a page opened before the organization turned the rule on must not
        // mint a token for a member without a second factor.
        var mfaRequired = await db.Organizations.AnyAsync(o => o.Id == caller.OrganizationId && o.RequireMfa, ct);
        if (mfaRequired && !await db.Users.AnyAsync(u => u.Id == caller.UserId && u.TwoFactorEnabled, ct))
        {
            throw new ForbiddenException(Permissions.TokensManage, MfaRequiredMessage(caller.OrganizationSlug, "you have"));
        }

        var issued = Issue(db, caller.OrganizationId, caller.UserId, input.Role!.Value, input.Name!.Trim(), input.ExpiresInDays,
            caller.Actor);
        await db.SaveChangesAsync(ct);
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == caller.UserId)
            .Select(u => new { u.DisplayName, u.Email }).FirstAsync(ct);
        return new CreatedApiToken(issued.Value, ToView(issued.Record, owner.DisplayName, owner.Email, clock.GetUtcNow()));
    }

    /// <summary>
    /// Revokes one of the organization's tokens (any owner: administrators clean up after people who left). A token of
    /// another organization is "not found", exactly like one that does not exist. Revoking twice keeps the first time.
    /// </summary>
    public async Task<ApiTokenView> RevokeAsync(Caller caller, Guid tokenId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.TokensManage);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.OrganizationId == caller.OrganizationId, ct)
                    ?? throw new NotFoundException("API token");
        if (token.RevokedAt is null)
        {
            token.RevokedAt = db.Now();
            await db.SaveChangesAsync(ct);
        }

        var owner = await db.Users.AsNoTracking().Where(u => u.Id == token.UserId)
            .Select(u => new { u.DisplayName, u.Email }).FirstAsync(ct);
        return ToView(token, owner.DisplayName, owner.Email, clock.GetUtcNow());
    }

    /// <summary>Field rules for a new token, shared by the service and the UI's as-you-type checks.</summary>
    public static Dictionary<string, string[]> Validate(ApiTokenInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required, so people can tell their tokens apart (e.g. 'CI pipeline')."];
        }
        else if (TextRules.Problem("Name", name, TextKind.Name, DomainRules.NameMaxLength) is { } nameProblem)
        {
            errors["name"] = [nameProblem];
        }

        if (input.Role is not { } role)
        {
            errors["role"] = ["Role is required."];
        }
        else if (!Enum.IsDefined(role))
        {
            errors["role"] = ["Unknown role."];
        }

        if (input.ExpiresInDays is { } days && ApiTokenExpiry.RangeProblem(days) is { } expiryProblem)
        {
            errors["expiresInDays"] = [expiryProblem];
        }

        return errors;
    }

    /// <summary>
    /// Revokes a user's active tokens in an organization whose role the user's new role no longer covers (null: all of
    /// them, the user left). Called by membership changes inside their transaction, so a demoted or removed member's
    /// automation loses its extra rights at the same moment they do.
    /// </summary>
    internal static async Task<int> RevokeExceedingAsync(AimsDbContext db, Guid organizationId, Guid userId, Role? newRole,
        CancellationToken ct)
    {
        var tokens = await db.ApiTokens.Where(t => t.OrganizationId == organizationId && t.UserId == userId && t.RevokedAt == null)
            .ToListAsync(ct);
        var now = db.Now();
        var revoked = 0;
        foreach (var token in tokens.Where(t => newRole is not { } role || !RoleRules.Covers(role, t.Role)))
        {
            token.RevokedAt = now;
            revoked++;
        }

        return revoked;
    }

    /// <summary>The one place a token secret is generated and hashed; callers validate and save.</summary>
    private static IssuedToken Issue(AimsDbContext db, Guid organizationId, Guid userId, Role role, string name, int? expiresInDays,
        string actor)
    {
        var secret = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = db.Now();
        var token = new ApiToken
        {
            OrganizationId = organizationId,
            UserId = userId,
            Role = role,
            Name = name,
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            CreatedAt = now,
            CreatedBy = actor,
            ExpiresAt = expiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.ApiTokens.Add(token);
        return new IssuedToken(secret, token);
    }

    private static string MfaRequiredMessage(string slug, string who) =>
        $"Organization '{slug}' requires two-factor sign-in to create API tokens, and {who} not set it up " +
        "(Account → Two-factor sign-in, /account/mfa).";

    private static ApiTokenView ToView(ApiToken token, string ownerName, string? ownerEmail, DateTimeOffset now) =>
        new(token.Id, token.Name, token.Prefix, token.Role, token.UserId, ownerName, ownerEmail ?? "", token.CreatedAt,
            token.CreatedBy, token.ExpiresAt, token.RevokedAt, token.StateAt(now));

    internal static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record TokenMatch(ApiToken Token, AimsUser User);
}
