using Microsoft.AspNetCore.Identity;

namespace Aims.Core.Access;

/// <summary>A person who signs in. Organization roles live on <see cref="Organizations.Membership"/>.</summary>
public sealed class AimsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>May create organizations and manage any of them (the installation's operator).</summary>
    public bool IsSystemAdmin { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
