using Aims.Core.Registers.Editing;
using Aims.Core.ThirdParties;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over the third-party register (Annex A.10): every third party involved in an AI system has its
/// responsibilities allocated (A.10.2); every supplier has a due-diligence record and a review that is not late
/// (A.10.3); every customer has its requirements linked and a review that is not late (A.10.4). A relationship's own
/// gaps say the same, so the register and readiness never disagree.
/// </summary>
public static class ThirdPartyRules
{
    public static IEnumerable<IReadinessRule> All() =>
    [
        new PartyRule("A.10.2", "Responsibilities allocated with every third party of an AI system", p => p.Systems > 0,
            (p, _) => p.Responsibilities > 0 ? null : "no responsibilities allocated", "third parties involved in an AI system",
            whenNone: "no third party is linked to an AI system: link each relationship to the systems it concerns."),
        new PartyRule("A.10.3", "Suppliers checked and reviewed on time", p => p.Party.Kind == ThirdPartyKind.Supplier,
            (p, today) => string.IsNullOrWhiteSpace(p.Party.DueDiligence) ? "no due-diligence record"
                : p.Party.ReviewDate < today ? "review overdue" : null, "suppliers"),
        new PartyRule("A.10.4", "Customer requirements taken into account and reviewed on time", p => p.Party.Kind == ThirdPartyKind.Customer,
            (p, today) => p.Requirements == 0 ? "requirements not linked" : p.Party.ReviewDate < today ? "review overdue" : null, "customers"),
    ];

    private sealed record PartyFacts(ThirdParty Party, int Systems, int Requirements, int Responsibilities);

    private static Task<List<PartyFacts>> PartiesAsync(ReadinessScope scope, CancellationToken ct) =>
        scope.FactsAsync(async (db, token) =>
        {
            var parties = await db.Set<ThirdParty>().AsNoTracking().Where(t => t.ArchivedAt == null).OrderBy(t => t.Name).ToListAsync(token);
            var links = await db.Set<RecordLink>().AsNoTracking().Where(l => l.SourceRegister == ThirdPartyRegister.Name)
                .GroupBy(l => new { l.SourceId, l.TargetRegister }).Select(g => new { g.Key.SourceId, g.Key.TargetRegister, Count = g.Count() })
                .ToListAsync(token);
            int Count(Guid id, string register) => links.FirstOrDefault(l => l.SourceId == id && l.TargetRegister == register)?.Count ?? 0;
            return parties.Select(p => new PartyFacts(p, Count(p.Id, "ai-systems"), Count(p.Id, Parties.PartyRegisters.RequirementsName),
                ResponsibilityMatrix.Read(p.Responsibilities).Count)).ToList();
        }, ct);

    /// <param name="problem">What is missing for one concerned party, or null when it records what the control asks.</param>
    private sealed class PartyRule(string target, string title, Func<PartyFacts, bool> applies, Func<PartyFacts, DateOnly, string?> problem,
        string who, string? whenNone = null) : IReadinessRule
    {
        public string Target { get; } = target;
        public string Title { get; } = title;

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(ThirdPartyRegister.Name);
            var all = await PartiesAsync(scope, ct);
            if (all.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason(
                    "no third party is recorded: record the suppliers, customers and partners of your AI systems.", page));
            }

            var concerned = all.Where(applies).ToList();
            var failing = concerned.Select(p => (Party: p.Party, Problem: problem(p, scope.Today))).Where(p => p.Problem is not null).ToList();
            if (concerned.Count == 0 && whenNone is not null)
            {
                return ReadinessFinding.NotMet(new ReadinessReason(whenNone, page));
            }

            if (failing.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(concerned.Count == 0
                    ? $"none of the {all.Count} third part{(all.Count == 1 ? "y" : "ies")} recorded are {who}."
                    : $"all {concerned.Count} third part{(concerned.Count == 1 ? "y" : "ies")} it concerns record it.", page));
            }

            return ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)failing.Count / concerned.Count)), new ReadinessReason(
                $"{failing.Count} of {concerned.Count} {who} fall short: {ReadinessText.Some(failing.Select(f => (f.Party.Name, f.Problem!)))}.",
                scope.Page($"{ThirdPartyRegister.Name}/{failing[0].Party.Id:D}")));
        }
    }
}
