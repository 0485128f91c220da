using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers.Editing;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>Which rating a heat map counts.</summary>
public enum HeatMapRating
{
    Inherent,
    Current,
    Residual,
}

/// <summary>One cell of the matrix: its level and band, and the risks rated there.</summary>
public sealed record HeatMapCell(int Likelihood, int Impact, int Level, string Band, IReadOnlyList<RecordRef> Risks);

/// <summary>How many risks are in each band on a day, for the trend of the register.</summary>
public sealed record BandCount(DateOnly On, IReadOnlyDictionary<string, int> Bands);

/// <summary>
/// A heat map of the active risks under the criteria in force. Risks last rated under an older version are not placed
/// on cells they may not have (<paramref name="NotOnThisVersion"/>); unrated ones are counted apart.
/// </summary>
public sealed record HeatMapView(HeatMapRating Rating, int Criteria, IReadOnlyList<HeatMapCell> Cells, IReadOnlyList<RecordRef> NotOnThisVersion,
    int Unrated, IReadOnlyList<BandCount> Trend);

/// <summary>The inherent, current and residual heat maps of the register, and the count of risks by band over time.</summary>
public sealed class RiskHeatMap(IDbContextFactory<AimsDbContext> dbFactory, RiskCriteriaService criteria, TimeProvider clock)
{
    /// <summary>How many month ends the trend goes back.</summary>
    public const int TrendMonths = 12;

    public async Task<HeatMapView> GetAsync(Caller caller, HeatMapRating rating, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        var inForce = await criteria.CurrentAsync(caller, ct);
        var content = inForce.Content();
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var today = EvidenceCalendar.Today(clock, db.TimeZone);
        var views = await RiskRegister.Views(db, db.Set<Risk>().AsNoTracking().Where(r => r.ArchivedAt == null), today).ToListAsync(ct);
        var rated = views.Select(v => (View: v, Rating: rating switch
        {
            HeatMapRating.Inherent => v.Inherent,
            HeatMapRating.Residual => v.Residual,
            _ => v.Current,
        })).ToList();
        var placed = rated.Where(r => r.Rating is { } x && x.Criteria == inForce.Number).ToLookup(r => (r.Rating!.Likelihood, r.Rating.Impact));
        List<HeatMapCell> cells =
        [
            .. from l in Enumerable.Range(1, content.Likelihood.Count)
               from i in Enumerable.Range(1, content.Impact.Count)
               let level = content.LevelOf(l, i)
               select new HeatMapCell(l, i, level, content.BandOf(level).Key,
                   [.. placed[(l, i)].Select(r => new RecordRef(r.View.Id.ToString("D"), r.View.Title)).OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)]),
        ];
        var elsewhere = rated.Where(r => r.Rating is { } x && x.Criteria != inForce.Number)
            .Select(r => new RecordRef(r.View.Id.ToString("D"), r.View.Title)).ToList();
        return new HeatMapView(rating, inForce.Number, cells, elsewhere, rated.Count(r => r.Rating is null), await TrendAsync(db, today, ct));
    }

    /// <summary>
    /// At each of the last month ends (and today), the band of each risk's latest inherent rating made by then: the
    /// ratings are an append-only history, so the past is read, not reconstructed.
    /// </summary>
    private static async Task<IReadOnlyList<BandCount>> TrendAsync(AimsDbContext db, DateOnly today, CancellationToken ct)
    {
        var ratings = await db.Set<RiskAssessment>().AsNoTracking().Where(a => a.Kind == AssessmentKind.Inherent)
            .Join(db.Set<Risk>().Where(r => r.ArchivedAt == null), a => a.RiskId, r => r.Id, (a, _) => new { a.RiskId, a.Band, a.CreatedAt })
            .ToListAsync(ct);
        var days = Enumerable.Range(1, TrendMonths).Select(m => new DateOnly(today.Year, today.Month, 1).AddMonths(-m + 1).AddDays(-1))
            .Reverse().Append(today).ToList();
        return
        [
            .. days.Select(day =>
            {
                var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var bands = ratings.Where(r => r.CreatedAt < end).GroupBy(r => r.RiskId)
                    .Select(g => g.OrderByDescending(r => r.CreatedAt).First().Band)
                    .GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                return new BandCount(day, bands);
            }),
        ];
    }
}
