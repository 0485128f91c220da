namespace Aims.Core.Access;

/// <summary>
/// What a person supplies to create a token for themselves. Role is nullable so a missing role is reported as missing
/// rather than silently becoming Viewer; a null expiry means the token does not expire.
/// </summary>
public sealed record ApiTokenInput
{
    public string? Name { get; init; }
    public Role? Role { get; init; }
    public int? ExpiresInDays { get; init; }
}
