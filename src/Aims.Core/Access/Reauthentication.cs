using Aims.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace Aims.Core.Access;

/// <summary>
/// Makes a signed-in person prove again who they are before a deliberate signature (approving a document version):
/// their password, plus the current code of their authenticator app when they have two-factor sign-in. Failures count
/// like failed sign-ins: a wrong password towards the per-address lockout of <see cref="SignInLockout"/>, a wrong code
/// towards Identity's per-account lockout; while either lock holds, re-authentication is refused. API tokens never
/// re-authenticate (a token is automation, not a person's signature). Scoped: it uses Identity's user manager.
/// </summary>
public sealed class Reauthentication(UserManager<AimsUser> users, SignInLockout lockout)
{
    public const string Password = "password";
    public const string PasswordAndAuthenticator = "password+authenticator";

    /// <summary>Checks the credentials; returns how the person re-authenticated (<see cref="Password"/> or
    /// <see cref="PasswordAndAuthenticator"/>). Wrong or missing credentials are 400 naming <c>password</c> or <c>code</c>.</summary>
    /// <param name="caller">The person signing.</param>
    /// <param name="permission">The permission the signature exercises, named in refusals.</param>
    /// <param name="password">The person's password.</param>
    /// <param name="code">The authenticator code; needed only with two-factor sign-in.</param>
    /// <param name="ct">Cancels the check.</param>
    public async Task<string> VerifyAsync(Caller caller, string permission, string? password, string? code, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ViaApiToken)
        {
            throw new ForbiddenException(permission,
                "An API token cannot sign an approval: an approval is a person's signature. Sign in with your password and approve there.");
        }

        if (string.IsNullOrEmpty(password))
        {
            throw new ValidationFailedException("password", "Enter your password to confirm that you are signing.");
        }

        ct.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(caller.UserId.ToString("D")) ?? throw new NotFoundException("User");
        var address = user.Email ?? user.UserName ?? user.Id.ToString("D");
        var valid = await users.CheckPasswordAsync(user, password);
        if (await lockout.IsLockedAsync(address, ct) || await users.IsLockedOutAsync(user))
        {
            throw Locked(permission);
        }

        if (!valid)
        {
            throw await lockout.RecordFailureAsync(address, ct)
                ? Locked(permission)
                : new ValidationFailedException("password", "The password is not correct; nothing was signed.");
        }

        await lockout.ResetAsync(address, ct);
        if (!user.TwoFactorEnabled)
        {
            return Password;
        }

        // Authenticator apps show "123 456".
        var cleaned = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (cleaned.Length == 0)
        {
            throw new ValidationFailedException("code", "You have two-factor sign-in: enter the current code of your authenticator app as well.");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            await users.AccessFailedAsync(user);
            throw await users.IsLockedOutAsync(user)
                ? Locked(permission)
                : new ValidationFailedException("code", "The authenticator code is not correct (or has expired); nothing was signed.");
        }

        await users.ResetAccessFailedCountAsync(user);
        return PasswordAndAuthenticator;
    }

    private static ForbiddenException Locked(string permission) => new(permission,
        "Too many failed attempts: signing is locked for a while, like signing in. Try again later.");
}
