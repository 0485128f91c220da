namespace Aims.Core.Access;

/// <summary>Whether a token still authenticates; derived from its revocation and expiry times, never stored.</summary>
public enum ApiTokenState
{
    Active,
    Expired,
    Revoked,
}
