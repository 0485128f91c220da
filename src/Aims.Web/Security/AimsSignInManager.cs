using Aims.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Aims.Web.Security;

/// <summary>
/// Password sign-in that answers known and unknown addresses alike. Identity's own version returns at once for an
/// unknown user (no hashing: ~5 ms against ~120 ms) and locks only real accounts, so both timing and the "locked" answer
/// told which addresses have accounts. Here every attempt runs exactly one password verification (against the decoy
/// hash when there is no account) and the lockout counts per typed address (<see cref="SignInLockout"/>).
/// </summary>
public sealed class AimsSignInManager(
    UserManager<AimsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AimsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AimsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AimsUser> confirmation,
    SignInLockout lockout,
    DecoyPassword decoy)
    : SignInManager<AimsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent,
        bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var user = await UserManager.FindByEmailAsync(userName);
        bool valid;
        if (user is { PasswordHash: not null })
        {
            valid = await UserManager.CheckPasswordAsync(user, password);
        }
        else
        {
            decoy.Verify(UserManager.PasswordHasher, password);
            valid = false;
        }

        // The hash is checked before the lock, so a locked address costs the same work and answers the same way.
        if (await lockout.IsLockedAsync(userName))
        {
            return SignInResult.LockedOut;
        }

        if (!valid || user is null)
        {
            return await lockout.RecordFailureAsync(userName) ? SignInResult.LockedOut : SignInResult.Failed;
        }

        await lockout.ResetAsync(userName);
        // Identity's per-account lockout now only follows wrong second-factor codes, given after a correct password.
        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        if (!await CanSignInAsync(user))
        {
            return SignInResult.NotAllowed;
        }

        return await SignInOrTwoFactorAsync(user, isPersistent, loginProvider: null, bypassTwoFactor: false);
    }
}
