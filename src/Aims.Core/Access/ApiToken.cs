namespace Aims.Core.Access;

/// <summary>
/// A bearer token for automation, scoped to one organization and one role. Only a SHA-256 hash is stored, so a
/// database leak does not leak usable tokens; the clear value is shown once at creation.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public Role Role { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the full token string.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>First characters of the token, safe to display so people can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>The state at <paramref name="now"/>; revocation wins over expiry, as that is what someone did on purpose.</summary>
    public ApiTokenState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiTokenState.Revoked : IsActive(now) ? ApiTokenState.Active : ApiTokenState.Expired;
}
