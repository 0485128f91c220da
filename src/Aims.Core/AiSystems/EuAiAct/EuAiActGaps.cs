using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Data;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>
/// What the system's records in OpenAIMS lack for the obligations that name one: a life-cycle artefact that counts, the
/// human oversight of its profile, a dataset in the data register. Keyed like <see cref="EuAiActObligationResult.Evidence"/>.
/// </summary>
internal static class EuAiActGaps
{
    public static async Task<Dictionary<string, string>> ForAsync(AimsDbContext db, Guid systemId, CancellationToken ct)
    {
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        var counting = (await LifecycleArtefacts.StandingAsync(db, systemId, ct)).Where(a => a.Counts).Select(a => a.Kind).ToHashSet();
        foreach (var kind in ArtefactLabels.All.Where(k => !counting.Contains(k)))
        {
            gaps["artefact:" + Common.ApiNames.Of(kind)] = $"No {ArtefactLabels.Label(kind).ToLowerInvariant()} on file for the system (Life cycle tab).";
        }

        var system = await db.AiSystems.AsNoTracking().Where(s => s.Id == systemId)
            .Select(s => new { s.HumanOversightWho, s.HumanOversightHow }).FirstAsync(ct);
        if (string.IsNullOrWhiteSpace(system.HumanOversightWho) || string.IsNullOrWhiteSpace(system.HumanOversightHow))
        {
            gaps["profile:oversight"] = "The profile does not say who oversees the system and how.";
        }

        if (!await db.Set<RecordLink>().AnyAsync(l => l.TargetRecordId == systemId && l.SourceRegister == "datasets", ct))
        {
            gaps["datasets"] = "No dataset in the data register is linked to the system.";
        }

        return gaps;
    }
}
