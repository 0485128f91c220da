using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Risks.Criteria;

/// <summary>Where a version of the criteria is in its life: drafted, in force (approved, the one risks are rated under), or superseded.</summary>
public enum RiskCriteriaStatus
{
    Draft,
    InForce,
    Superseded,
}

/// <summary>Who may accept a risk of a band: its owner, holders of an access role (or an Admin), holders of an AIMS role,
/// or top management (holders of an AIMS role marked as top management; an Admin where nobody holds one).</summary>
public enum AcceptanceAuthorityKind
{
    RiskOwner,
    AccessRole,
    AimsRole,
    TopManagement,
}

/// <summary>One step of a likelihood or impact scale, in the organization's words.</summary>
public sealed record ScaleLevel(string Label, string? Description);

/// <param name="Role">For <see cref="AcceptanceAuthorityKind.AccessRole"/>: the access role (an Admin always counts).</param>
/// <param name="AimsRoleId">For <see cref="AcceptanceAuthorityKind.AimsRole"/>: a role of the roles register.</param>
public sealed record AcceptanceAuthority(AcceptanceAuthorityKind Kind, Role? Role = null, Guid? AimsRoleId = null);

/// <summary>
/// A band of the level matrix: a level at or above <paramref name="MinLevel"/> (and below the next band's) falls in it.
/// </summary>
/// <param name="Key">Stable key ("high"), what a rating stores; labels may change between versions.</param>
/// <param name="Colour">A CSS colour ("#c62828") for heat maps and chips.</param>
/// <param name="ReviewDays">How often a risk in this band is assessed again.</param>
public sealed record RiskBand(string Key, string Label, string Colour, int MinLevel, AcceptanceAuthority Acceptance, int ReviewDays);

/// <summary>
/// What a version of the criteria decides (6.1.1): the two scales, the level of each likelihood × impact cell
/// (<c>Matrix[likelihood - 1][impact - 1]</c>), the bands over those levels, and the acceptance threshold — the highest
/// band a risk may stay in without treatment or an acceptance.
/// </summary>
public sealed record RiskCriteriaContent(
    IReadOnlyList<ScaleLevel> Likelihood, IReadOnlyList<ScaleLevel> Impact, IReadOnlyList<IReadOnlyList<int>> Matrix,
    IReadOnlyList<RiskBand> Bands, string AcceptanceThreshold)
{
    public int LevelOf(int likelihood, int impact) => Matrix[likelihood - 1][impact - 1];

    /// <summary>The band a level falls in (bands are stored from the lowest up).</summary>
    public RiskBand BandOf(int level) => Bands.Last(b => b.MinLevel <= level || b == Bands[0]);

    public bool InScale(int likelihood, int impact) => likelihood >= 1 && likelihood <= Likelihood.Count && impact >= 1 && impact <= Impact.Count;

    /// <summary>Whether a band is above the acceptance threshold (needs treatment or an acceptance).</summary>
    public bool AboveThreshold(string bandKey) =>
        Bands.ToList().FindIndex(b => b.Key == bandKey) > Bands.ToList().FindIndex(b => b.Key == AcceptanceThreshold);
}

/// <summary>
/// One numbered version of an organization's risk criteria. A version is written once as a draft, approved into force
/// (the version before it is then superseded) and never edited: every rating says which version it was made under, so
/// a new version cannot silently change what an old rating meant.
/// </summary>
public sealed class RiskCriteriaVersion : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public int Number { get; set; }
    public RiskCriteriaStatus Status { get; set; }

    /// <summary>The <see cref="RiskCriteriaContent"/> as JSON (API spelling).</summary>
    public string Content { get; set; } = "{}";

    /// <summary>Why this version was drafted (what changed).</summary>
    public string? Note { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
}

/// <summary>A version of the criteria as callers read it.</summary>
/// <param name="Stored">False for the defaults shown before the organization rated anything (stored as version 1 on first use).</param>
/// <param name="RisksToReRate">In force: the risks last rated under an older version, listed for explicit re-rating.</param>
public sealed record RiskCriteriaView(
    int Number, RiskCriteriaStatus Status, bool Stored, IReadOnlyList<ScaleLevel> Likelihood, IReadOnlyList<ScaleLevel> Impact,
    IReadOnlyList<IReadOnlyList<int>> Matrix, IReadOnlyList<RiskBand> Bands, string AcceptanceThreshold, string? Note,
    DateTimeOffset? ApprovedAt, string? ApprovedBy, DateTimeOffset? CreatedAt, string? CreatedBy, int RisksToReRate)
{
    /// <summary>What the version decides, for rating against it.</summary>
    public RiskCriteriaContent Content() => new(Likelihood, Impact, Matrix, Bands, AcceptanceThreshold);

    /// <summary>A band's label and colour by key (null for a key this version does not have).</summary>
    public RiskBand? Band(string key) => Bands.FirstOrDefault(b => b.Key == key);
}

/// <summary>A new version as sent; the matrix may be left out (each cell is then likelihood × impact).</summary>
public sealed record RiskCriteriaInput
{
    public IReadOnlyList<ScaleLevel>? Likelihood { get; init; }
    public IReadOnlyList<ScaleLevel>? Impact { get; init; }
    public IReadOnlyList<IReadOnlyList<int>>? Matrix { get; init; }
    public IReadOnlyList<RiskBand>? Bands { get; init; }
    public string? AcceptanceThreshold { get; init; }
    public string? Note { get; init; }
}

internal sealed class RiskCriteriaConfiguration : IEntityTypeConfiguration<RiskCriteriaVersion>
{
    public void Configure(EntityTypeBuilder<RiskCriteriaVersion> b)
    {
        b.ToTable("RiskCriteriaVersions");
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Content).HasMaxLength(64_000);
        b.Property(c => c.Note).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.ApprovedBy).HasMaxLength(320);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.OrganizationId, c.Number }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
