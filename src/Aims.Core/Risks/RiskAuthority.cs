using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Leadership;
using Aims.Core.Registers.Editing;
using Aims.Core.Risks.Criteria;
using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>
/// Who may accept a risk: the authority of its band under the criteria in force, or the authority of any higher band
/// (whoever may accept a critical risk may accept a low one).
/// </summary>
internal static class RiskAuthority
{
    public static async Task<bool> MayAcceptAsync(AimsDbContext db, Caller caller, Risk risk, RiskCriteriaContent criteria, string band,
        CancellationToken ct)
    {
        var from = criteria.Bands.ToList().FindIndex(b => b.Key == band);
        foreach (var candidate in criteria.Bands.Skip(Math.Max(0, from)))
        {
            if (await HoldsAsync(db, caller, risk, candidate.Acceptance, ct))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> HoldsAsync(AimsDbContext db, Caller caller, Risk risk, AcceptanceAuthority authority, CancellationToken ct)
    {
        switch (authority.Kind)
        {
            case AcceptanceAuthorityKind.RiskOwner:
                return risk.OwnerId == caller.UserId;
            case AcceptanceAuthorityKind.AccessRole:
                return caller.Role == Role.Admin || caller.Role == authority.Role;
            case AcceptanceAuthorityKind.AimsRole:
                return authority.AimsRoleId is { } roleId && await AiSystems.Lifecycle.LifecycleGateRules.HoldsAsync(db, caller, roleId, ct);
            default:
                var holders = await db.Set<AimsRole>().Where(r => r.TopManagement && r.ArchivedAt == null)
                    .Join(db.Set<RecordLink>().Where(l => l.TargetRegister == SupportRegisters.PeopleName), r => r.Id, l => l.SourceId, (_, l) => l.TargetRecordId)
                    .Join(db.Set<Person>().Where(p => p.ArchivedAt == null && p.UserId != null), id => id, p => p.Id, (_, p) => p.UserId)
                    .ToListAsync(ct);
                return holders.Count == 0 ? caller.Role == Role.Admin : holders.Contains(caller.UserId);
        }
    }
}
