namespace Aims.Core.Access;

/// <summary>
/// A token as administrators see it. Deliberately without the hash (or anything derived from the secret beyond the
/// short display prefix): listing tokens must never help anyone reconstruct or brute-force one.
/// </summary>
public sealed record ApiTokenView(
    Guid Id,
    string Name,
    string Prefix,
    Role Role,
    Guid OwnerId,
    string OwnerName,
    string OwnerEmail,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    ApiTokenState State);
