using Aims.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>Identity's hasher, counting its calls: equal hashing work is asserted by counts, never by timing.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AimsUser>
{
    private readonly PasswordHasher<AimsUser> _inner = new();
    private int _verifications;
    private int _hashes;

    public int Verifications => Volatile.Read(ref _verifications);

    public int Hashes => Volatile.Read(ref _hashes);

    public string HashPassword(AimsUser user, string password)
    {
        Interlocked.Increment(ref _hashes);
        return _inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(AimsUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
