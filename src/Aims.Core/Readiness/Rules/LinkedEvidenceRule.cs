using Aims.Core.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// An Annex A control is evidenced: an item of the evidence library linked to it is current (not archived, and not
/// past its valid-until date on the organization's day). Expired evidence alone counts as partly met, with the
/// items that need renewing named.
/// </summary>
internal sealed class LinkedEvidenceRule(string target) : IReadinessRule
{
    public string Target { get; } = target;
    public string Title => "Current evidence for this control";

    public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var linked = (await scope.FactsAsync(LoadAsync, ct))[Target].ToList();
        if (linked.Count == 0)
        {
            return ReadinessFinding.NotMet(new ReadinessReason($"no evidence is linked to {Target}.", scope.Page("evidence")));
        }

        var current = linked.Where(e => e.ValidUntil is not { } until || until >= scope.Today).ToList();
        if (current.Count > 0)
        {
            var first = current[0];
            return ReadinessFinding.Met(new ReadinessReason(
                current.Count == 1 ? $"'{first.Title}' is current." : $"{current.Count} current items, e.g. '{first.Title}'.",
                scope.Page($"evidence/{first.Id:D}")));
        }

        var latest = linked.OrderByDescending(e => e.ValidUntil).First();
        return ReadinessFinding.Partial(0.5, new ReadinessReason(
            $"every linked item has expired ('{latest.Title}' was valid until {latest.ValidUntil:yyyy-MM-dd}); upload a newer one.",
            scope.Page($"evidence/{latest.Id:D}")));
    }

    private static async Task<ILookup<string, EvidenceFact>> LoadAsync(Data.AimsDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<EvidenceItem>().AsNoTracking().Where(e => e.ArchivedAt == null)
            .SelectMany(e => e.Links.Where(l => l.TargetType == EvidenceTargetType.Control),
                (e, l) => new { l.TargetId, e.Id, e.Title, e.ValidUntil })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.TargetId, r => new EvidenceFact(r.Id, r.Title, r.ValidUntil), StringComparer.Ordinal);
    }

    private sealed record EvidenceFact(Guid Id, string Title, DateOnly? ValidUntil);
}
