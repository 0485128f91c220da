using Aims.Core.AiSystems;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// The AI systems a rule about systems looks at: those of the published scope that are still active, or every active
/// system before a scope is published — with the words a reason uses for them.
/// </summary>
internal static class SystemsInScope
{
    public static async Task<(List<AiSystem> Systems, string Which)> LoadAsync(ReadinessScope scope, CancellationToken ct)
    {
        var published = await Scope.ScopeService.PublishedAsync(scope.Db, ct);
        var systems = await scope.Db.AiSystems.AsNoTracking().Where(s => s.Status == AiSystemStatus.Active).ToListAsync(ct);
        if (published is not null)
        {
            systems = [.. systems.Where(s => published.AiSystemIds.Contains(s.Id))];
        }

        return ([.. systems.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)],
            published is null ? "active AI system(s)" : "AI system(s) in the published scope");
    }

    /// <summary>The finding when there is no system to judge.</summary>
    public static ReadinessFinding None(ReadinessScope scope) =>
        ReadinessFinding.NotMet(new ReadinessReason("no active AI system is registered (or in the published scope).", scope.Page("ai-systems")));
}
