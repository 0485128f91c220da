using System.Security.Cryptography;
using Aims.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace Aims.Web.Security;

/// <summary>
/// A password hash of a random secret, made with the configured hasher and its cost, so an attempt for an address
/// without an account verifies against it and does the same hashing work as a wrong password for a real one.
/// </summary>
public sealed class DecoyPassword
{
    private static readonly AimsUser Nobody = new() { Id = Guid.Empty, UserName = "decoy" };
    private string? _hash;

    /// <summary>Verifies against the decoy (always fails); costs exactly one hasher verification.</summary>
    public void Verify(IPasswordHasher<AimsUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        _ = hasher.VerifyHashedPassword(Nobody, HashWith(hasher), password);
    }

    /// <summary>Computes the decoy once (the host does it at start, so the first unknown address costs no extra hash).</summary>
    public string HashWith(IPasswordHasher<AimsUser> hasher) =>
        LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));
}
