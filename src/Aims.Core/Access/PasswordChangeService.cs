using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Aims.Core.Access;

/// <summary>
/// A signed-in user replaces their own password (proving the current one). Clears <see cref="AimsUser.MustChangePassword"/>
/// in the same ledgered save. The host ends the user's other sessions and renews the current one afterwards.
/// </summary>
public sealed class PasswordChangeService(AimsDbContext db, UserManager<AimsUser> users)
{
    public async Task<AimsUser> ChangeAsync(Guid userId, string? currentPassword, string? newPassword, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(currentPassword))
        {
            errors["currentPassword"] = ["Enter your current password."];
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            errors["newPassword"] = ["Enter a new password."];
        }
        else if (string.Equals(newPassword, currentPassword, StringComparison.Ordinal))
        {
            errors["newPassword"] = ["The new password must differ from the current one."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        ct.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId.ToString("D")) ?? throw new NotFoundException("User");
        db.Actor = user.Email ?? user.Id.ToString("D");
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!result.Succeeded)
        {
            // Identity says which input was wrong by its error code; name the field the user has to fix.
            var mismatch = result.Errors.Where(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)).ToList();
            var rest = result.Errors.Except(mismatch).Select(e => e.Description).ToArray();
            var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (mismatch.Count > 0)
            {
                fields["currentPassword"] = ["The current password is not correct."];
            }

            if (rest.Length > 0)
            {
                fields["newPassword"] = rest;
            }

            throw new ValidationFailedException(fields);
        }

        return user;
    }
}
