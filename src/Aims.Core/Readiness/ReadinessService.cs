using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness;

/// <summary>
/// Readiness for certification, computed from the records by the registered <see cref="IReadinessRule"/>s: every
/// clause 4–10 and every Annex A control gets a status, a score and its reasons. A live result is reused while the
/// organization's ledger chain has not moved and the day has not changed (overdue dates depend on it), and the
/// day's snapshot is refreshed whenever it is recomputed, so any past day can be shown as it stood.
/// </summary>
public sealed class ReadinessService(IDbContextFactory<AimsDbContext> dbFactory, IEnumerable<IReadinessRule> rules, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly ILookup<string, IReadinessRule> _rules = rules.ToLookup(r => r.Target, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, (long Head, string? TimeZone, DateOnly Day, ReadinessReport Report)> _live = new();

    /// <summary>Readiness now, or as it stood at the end of <paramref name="day"/> (from that day's snapshot or the
    /// last one before it).</summary>
    public async Task<ReadinessReport> EvaluateAsync(Caller caller, DateOnly? day = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ReadinessRead);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        // The organization's time zone decides what "today" is; a change of it moves the chain, like any setting.
        var head = (await LedgerHeadReader.ReadAsync(db, caller.OrganizationId, ct))?.Organization ?? 0;
        var known = _live.TryGetValue(caller.OrganizationId, out var cached) && cached.Head == head;
        var timeZone = known ? cached.TimeZone
            : await db.Organizations.AsNoTracking().Where(o => o.Id == caller.OrganizationId).Select(o => o.TimeZone).FirstOrDefaultAsync(ct);
        var today = OrganizationCalendar.For(timeZone).Today(now);
        if (day is { } asked && asked > today)
        {
            throw new ValidationFailedException("at", $"{asked:yyyy-MM-dd} is in the future; readiness can be shown for today or a past day.");
        }

        if (day is { } past && past < today)
        {
            return await SnapshotAsync(db, past, ct);
        }

        if (known && cached.Day == today)
        {
            return cached.Report;
        }

        var report = await ComputeAsync(new ReadinessScope(db, caller.OrganizationId, caller.OrganizationSlug, now, today), ct);
        _live[caller.OrganizationId] = (head, timeZone, today, report);
        await SaveSnapshotAsync(db, caller.OrganizationId, today, report, ct);
        return report;
    }

    /// <summary>The score of each day with a snapshot in the range, oldest first (the trend).</summary>
    public async Task<IReadOnlyList<(DateOnly Day, double Score)>> TrendAsync(Caller caller, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ReadinessRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var days = await db.Set<ReadinessSnapshot>().AsNoTracking().Where(s => s.Day >= from && s.Day <= to)
            .OrderBy(s => s.Day).Select(s => new { s.Day, s.Score }).ToListAsync(ct);
        return [.. days.Select(d => (d.Day, d.Score))];
    }

    private async Task<ReadinessReport> ComputeAsync(ReadinessScope scope, CancellationToken ct)
    {
        var catalog = CatalogLibrary.Iso42001;
        var leaves = new Dictionary<string, ReadinessItem>(StringComparer.Ordinal);
        foreach (var clause in catalog.Clauses.Where(c => !catalog.Clauses.Any(child => child.ParentId == c.Id)))
        {
            leaves[clause.Id] = await EvaluateTargetAsync(scope, clause.Id, clause.Title,
                "Nothing in the platform evidences this clause yet: link a controlled document to it.", ct);
        }

        var clauses = catalog.Clauses.Select(c => leaves.TryGetValue(c.Id, out var leaf) ? leaf : Combine(c, leaves, catalog)).ToList();
        var controls = new List<ReadinessItem>();
        foreach (var control in catalog.Controls)
        {
            controls.Add(await EvaluateTargetAsync(scope, control.Id, control.Title,
                "No evidence or controlled document is linked to this control yet.", ct));
        }

        var score = leaves.Count == 0 ? 0 : leaves.Values.Average(l => l.Score);
        return new ReadinessReport(Math.Round(score, 4), scope.At, null, clauses, controls);
    }

    private async Task<ReadinessItem> EvaluateTargetAsync(ReadinessScope scope, string id, string title, string nothing, CancellationToken ct)
    {
        var findings = new List<(IReadinessRule Rule, ReadinessFinding Finding)>();
        foreach (var rule in _rules[id])
        {
            findings.Add((rule, await rule.EvaluateAsync(scope, ct)));
        }

        if (findings.Count == 0)
        {
            return new ReadinessItem(id, title, ReadinessStatus.NotMet, 0, [new ReadinessReason(nothing, null)]);
        }

        var score = Math.Round(findings.Average(f => f.Finding.Score), 4);
        var status = findings.All(f => f.Finding.Status == ReadinessStatus.Met) ? ReadinessStatus.Met
            : findings.All(f => f.Finding.Status == ReadinessStatus.NotMet) ? ReadinessStatus.NotMet
            : ReadinessStatus.Partial;
        var reasons = findings.SelectMany(f => f.Finding.Reasons.Select(r => r with { Text = $"{f.Rule.Title}: {r.Text}" })).ToList();
        return new ReadinessItem(id, title, status, score, reasons);
    }

    // A clause with subclauses is as ready as they are on average; its reasons say how many are met.
    private static ReadinessItem Combine(ClauseItem clause, IReadOnlyDictionary<string, ReadinessItem> leaves, StandardCatalog catalog)
    {
        var parts = leaves.Values.Where(l => IsUnder(l.Id, clause.Id, catalog)).ToList();
        var met = parts.Count(p => p.Status == ReadinessStatus.Met);
        var score = parts.Count == 0 ? 0 : Math.Round(parts.Average(p => p.Score), 4);
        var status = parts.Count > 0 && met == parts.Count ? ReadinessStatus.Met
            : parts.All(p => p.Status == ReadinessStatus.NotMet) ? ReadinessStatus.NotMet : ReadinessStatus.Partial;
        return new ReadinessItem(clause.Id, clause.Title, status, score,
            [new ReadinessReason($"{met} of {parts.Count} subclauses met.", null)]);
    }

    private static bool IsUnder(string id, string ancestor, StandardCatalog catalog)
    {
        for (var current = catalog.FindClause(id)?.ParentId; current is not null; current = catalog.FindClause(current)?.ParentId)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<ReadinessReport> SnapshotAsync(AimsDbContext db, DateOnly day, CancellationToken ct)
    {
        var snapshot = await db.Set<ReadinessSnapshot>().AsNoTracking().Where(s => s.Day <= day).OrderByDescending(s => s.Day)
            .FirstOrDefaultAsync(ct);
        if (snapshot is null)
        {
            var first = await db.Set<ReadinessSnapshot>().AsNoTracking().OrderBy(s => s.Day).Select(s => (DateOnly?)s.Day).FirstOrDefaultAsync(ct);
            throw new ValidationFailedException("at", first is { } f
                ? $"No readiness was recorded on or before {day:yyyy-MM-dd}; the first recorded day is {f:yyyy-MM-dd}."
                : "No readiness has been recorded yet; today's is computed when it is first shown.");
        }

        var report = JsonSerializer.Deserialize<ReadinessReport>(snapshot.Report, Json)!;
        return report with { SnapshotDay = snapshot.Day };
    }

    private static async Task SaveSnapshotAsync(AimsDbContext db, Guid organizationId, DateOnly day, ReadinessReport report, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(report, Json);
        var existing = await db.Set<ReadinessSnapshot>().FirstOrDefaultAsync(s => s.Day == day, ct);
        if (existing is null)
        {
            db.Add(new ReadinessSnapshot { OrganizationId = organizationId, Day = day, Score = report.Score, TakenAt = report.AsOf, Report = json });
        }
        else
        {
            (existing.Score, existing.TakenAt, existing.Report) = (report.Score, report.AsOf, json);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request stored the same day's snapshot meanwhile; the next recomputation refreshes it.
        }
    }
}
