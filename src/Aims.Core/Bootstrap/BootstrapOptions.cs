namespace Aims.Core.Bootstrap;

/// <summary>
/// First-run settings (<c>Aims:Bootstrap:*</c>, e.g. <c>Aims__Bootstrap__AdminEmail</c>): when no user exists,
/// this admin is created; without a password one is generated and printed once.
/// </summary>
public sealed class BootstrapOptions
{
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }

    /// <summary>Seed the demo organization (slug <c>demo</c>) when the database has no organization yet.</summary>
    public bool SeedDemo { get; set; } = true;
}
