using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over awareness (7.3) and communication (7.4): everyone in the AIMS aware, as the people register
/// computes it, and a communication plan that reaches inside and outside the organization and is kept to.
/// </summary>
public static class AwarenessAndCommunicationRules
{
    public static IEnumerable<IReadinessRule> All() => [new AwarenessRule(), new CommunicationRule()];

    private sealed class AwarenessRule : IReadinessRule
    {
        public string Target => "7.3";
        public string Title => "People in the AIMS aware of the AI policy and their part in it";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(SupportRegisters.PeopleName);
            var people = await SupportRegisters.ProjectPeople(scope.Db, scope.Db.Set<Person>().AsNoTracking().Where(p => p.ArchivedAt == null), scope.Today)
                .ToListAsync(ct);
            if (people.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason(
                    "nobody is recorded in the people register: add the people who work under the AIMS, then their awareness training.", page));
            }

            var unaware = people.Where(p => !p.Awareness.Aware).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            if (unaware.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(
                    $"all {people.Count} people have current awareness training and, where they have an account, acknowledged the AI policy in force.", page));
            }

            var reasons = unaware.GroupBy(p => string.Join("; ", p.Awareness.Missing), StringComparer.Ordinal)
                .Select(g => new ReadinessReason($"{g.Count()} of {people.Count} people: {g.Key} ({ReadinessText.Some(g.Select(p => p.Name))}).",
                    g.Count() == 1 ? scope.Page($"{SupportRegisters.PeopleName}/{g.First().Id:D}") : page))
                .ToArray();
            return ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)unaware.Count / people.Count)), reasons);
        }
    }

    private sealed class CommunicationRule : IReadinessRule
    {
        public string Target => "7.4";
        public string Title => "Internal and external communications planned and made as planned";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(CommunicationRegisters.PlanName);
            var plan = await scope.Db.Set<CommunicationPlanItem>().AsNoTracking().Where(c => c.ArchivedAt == null)
                .Select(c => new
                {
                    c.Id, c.Topic, c.Direction, c.Frequency, c.StartsOn,
                    Last = scope.Db.Set<CommunicationRecord>().Where(r => r.PlanItemId == c.Id && r.ArchivedAt == null).Max(r => (DateOnly?)r.Date),
                }).ToListAsync(ct);
            if (plan.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason(
                    "there is no communication plan: say what is communicated, when, to whom, how and by whom — inside and outside the organization.", page));
            }

            var reasons = new List<ReadinessReason>();
            var score = 1.0;
            foreach (var direction in Enum.GetValues<CommunicationDirection>().Where(d => plan.All(c => c.Direction != d)))
            {
                reasons.Add(new($"no {CommunicationLabels.Direction(direction).ToLowerInvariant()} communication is planned.", page));
                score -= 0.3;
            }

            var overdue = plan.Where(c => CommunicationSchedule.NextDue(c.Frequency, c.StartsOn, c.Last) < scope.Today)
                .OrderBy(c => c.Topic, StringComparer.CurrentCultureIgnoreCase).ToList();
            if (overdue.Count > 0)
            {
                reasons.Add(new($"{overdue.Count} of {plan.Count} planned communication(s) overdue: {ReadinessText.Some(overdue.Select(c => c.Topic))}; " +
                    "make them and record them against their line of the plan.", scope.Page($"{CommunicationRegisters.PlanName}/{overdue[0].Id:D}")));
                score -= 0.6 * overdue.Count / plan.Count;
            }

            var made = plan.Count(c => c.Last is not null);
            return reasons.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"{plan.Count} planned communication(s), inside and outside, none overdue; {made} made at least once.", page))
                : ReadinessFinding.Partial(Math.Max(0.1, score), [.. reasons]);
        }
    }
}
