using Aims.Core.AiSystems;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over the AI system profiles (Annex A.6.1.2, A.9): for every system in scope, the oversight that makes
/// its use responsible — how far it acts alone, who oversees it and how (A.9.2); its objectives for responsible use,
/// which steer its development as much as its use (A.6.1.2, A.9.3);
/// and its intended use, users and foreseeable misuse (A.9.4). Each names the systems whose profile lacks it.
/// </summary>
public static class AiSystemProfileRules
{
    public static IEnumerable<IReadinessRule> All() =>
    [
        new ProfileRule("A.9.2", "Responsible use: autonomy and human oversight recorded for every AI system in scope",
            s => s.AutonomyLevel is not null && Has(s.HumanOversightWho) && Has(s.HumanOversightHow),
            "without their autonomy level and who oversees them and how"),
        new ProfileRule("A.6.1.2", "Objectives for responsible development recorded for every AI system in scope", s => Has(s.ResponsibleUseObjectives),
            "without objectives for responsible development and use"),
        new ProfileRule("A.9.3", "Objectives for responsible use recorded for every AI system in scope", s => Has(s.ResponsibleUseObjectives),
            "without objectives for responsible use"),
        new ProfileRule("A.9.4", "Intended use, users and foreseeable misuse recorded for every AI system in scope",
            s => Has(s.IntendedUse) && Has(s.IntendedUsers) && Has(s.ForeseeableMisuse), "without their intended use, users and foreseeable misuse"),
    ];

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);

    private sealed class ProfileRule(string target, string title, Func<AiSystem, bool> recorded, string gap) : IReadinessRule
    {
        public string Target { get; } = target;
        public string Title { get; } = title;

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var (systems, which) = await SystemsInScope.LoadAsync(scope, ct);
            if (systems.Count == 0)
            {
                return SystemsInScope.None(scope);
            }

            var missing = systems.Where(s => !recorded(s)).ToList();
            return missing.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"each of the {systems.Count} {which} records it in its profile.", scope.Page("ai-systems")))
                : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)missing.Count / systems.Count)), new ReadinessReason(
                    $"{missing.Count} of {systems.Count} {which} {gap}: {ReadinessText.Some(missing.Select(s => s.Name))}.",
                    scope.Page($"ai-systems/{missing[0].Id:D}")));
        }
    }
}
