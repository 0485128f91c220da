using Aims.Core.Datasets;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over the data register (Annex A.7): the AI systems in scope have their data documented (A.7.2), and
/// each dataset records what A.7.3–A.7.6 ask of it — terms for data from outside, quality requirements and results
/// for data that builds or tests models, provenance for all, preparation for training data. The dataset's own gaps say
/// the same, so the register and readiness never disagree.
/// </summary>
public static class DataRules
{
    public static IEnumerable<IReadinessRule> All() =>
    [
        new SystemsDocumentedRule(),
        new DatasetRule("A.7.3", "Data acquired from outside with its terms recorded", d => DatasetGaps.FromOutside(d.Acquisition),
            d => !string.IsNullOrWhiteSpace(d.Terms), "acquired from outside without their terms"),
        new DatasetRule("A.7.4", "Quality requirements and results for data that builds or tests models", d => DatasetGaps.BuildsModels(d.Purpose),
            d => !string.IsNullOrWhiteSpace(d.QualityRequirements) && !string.IsNullOrWhiteSpace(d.QualityResults), "without quality requirements or results"),
        new DatasetRule("A.7.5", "Provenance recorded for every dataset", _ => true, d => !string.IsNullOrWhiteSpace(d.Provenance), "without provenance"),
        new DatasetRule("A.7.6", "Preparation recorded for training data", d => d.Purpose == DatasetPurpose.Training,
            d => !string.IsNullOrWhiteSpace(d.Preparation), "used for training without their preparation recorded"),
    ];

    private static Task<List<Dataset>> DatasetsAsync(ReadinessScope scope, CancellationToken ct) =>
        scope.FactsAsync((db, token) => db.Set<Dataset>().AsNoTracking().Where(d => d.ArchivedAt == null).OrderBy(d => d.Name).ToListAsync(token), ct);

    private sealed class DatasetRule(string target, string title, Func<Dataset, bool> applies, Func<Dataset, bool> recorded, string gap) : IReadinessRule
    {
        public string Target { get; } = target;
        public string Title { get; } = title;

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(DatasetRegister.Name);
            var all = await DatasetsAsync(scope, ct);
            if (all.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no dataset is recorded: document the data your AI systems are built, tested and run on.", page));
            }

            var concerned = all.Where(applies).ToList();
            var missing = concerned.Where(d => !recorded(d)).ToList();
            if (missing.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(concerned.Count == 0
                    ? "no dataset this concerns."
                    : $"all {concerned.Count} dataset(s) it concerns record it.", page));
            }

            return ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)missing.Count / concerned.Count)), new ReadinessReason(
                $"{missing.Count} of {concerned.Count} dataset(s) {gap}: {ReadinessText.Some(missing.Select(d => d.Name))}.",
                scope.Page($"{DatasetRegister.Name}/{missing[0].Id:D}")));
        }
    }

    private sealed class SystemsDocumentedRule : IReadinessRule
    {
        public string Target => "A.7.2";
        public string Title => "The data of every AI system in scope documented";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var (systems, which) = await SystemsInScope.LoadAsync(scope, ct);
            var page = scope.Page(DatasetRegister.Name);
            if (systems.Count == 0)
            {
                return SystemsInScope.None(scope);
            }

            var ids = systems.Select(s => s.Id).ToList();
            var documented = await scope.Db.Set<RecordLink>().AsNoTracking()
                .Where(l => l.SourceRegister == DatasetRegister.Name && l.TargetRegister == "ai-systems" && l.TargetRecordId != null && ids.Contains(l.TargetRecordId.Value))
                .Join(scope.Db.Set<Dataset>().Where(d => d.ArchivedAt == null), l => l.SourceId, d => d.Id, (l, d) => l.TargetRecordId!.Value)
                .Distinct().ToListAsync(ct);
            var without = systems.Where(s => !documented.Contains(s.Id)).ToList();
            return without.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"each of the {systems.Count} {which} has its datasets recorded.", page))
                : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)without.Count / systems.Count)), new ReadinessReason(
                    $"{without.Count} of {systems.Count} {which} without a dataset: {ReadinessText.Some(without.Select(s => s.Name))}.", page));
        }
    }
}
