using Aims.Core.Common;
using Aims.Core.Context;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>
/// A system's stored EU AI Act classification: the answers, the rules version that judged them and the result. One per
/// system; a new classification replaces it, and the ledger keeps every earlier one.
/// </summary>
public sealed class EuAiActClassification : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid AiSystemId { get; set; }
    public string RuleVersion { get; set; } = "";
    public EuAiActTier Tier { get; set; }
    public OperatorRole Role { get; set; }
    public bool GpaiModel { get; set; }

    /// <summary>The answers as sent (JSON, API spelling).</summary>
    public string Answers { get; set; } = "{}";

    /// <summary>The reasons and obligations with their dates (JSON).</summary>
    public string Result { get; set; } = "{}";
}

/// <summary>The stored classification as callers read it, with today's applicability and gaps.</summary>
/// <param name="Outdated">Classified under an older rules version than <paramref name="CurrentRuleVersion"/>: review it.</param>
public sealed record EuAiActClassificationView(Guid AiSystemId, EuAiActTier Tier, OperatorRole Role, bool GpaiModel, string RuleVersion,
    string CurrentRuleVersion, bool Outdated, IReadOnlyList<string> Reasons, IReadOnlyList<EuAiActObligationResult> Obligations,
    EuAiActAnswers Answers, DateTimeOffset ClassifiedAt, string ClassifiedBy);

internal sealed class EuAiActClassificationConfiguration : IEntityTypeConfiguration<EuAiActClassification>
{
    public void Configure(EntityTypeBuilder<EuAiActClassification> b)
    {
        b.ToTable("EuAiActClassifications");
        b.Property(c => c.RuleVersion).HasMaxLength(64);
        b.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Role).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Answers).HasMaxLength(32_000);
        b.Property(c => c.Result).HasMaxLength(64_000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.OrganizationId, c.AiSystemId }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AiSystem>().WithMany().HasForeignKey(c => c.AiSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}
