using Microsoft.AspNetCore.Identity;

namespace Aims.Core.Access;

/// <summary>A person who signs in. Organization roles live on <see cref="Organizations.Membership"/>.</summary>
public sealed class AimsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>May create organizations and manage any of them (the installation's operator).</summary>
    public bool IsSystemAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set when someone other than the user chose the password (the printed one-time password, an operator's
    /// <c>aims users create</c> or <c>aims users reset-password</c>): until the user picks their own, every page leads to
    /// the change-password page and the API answers 403.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
