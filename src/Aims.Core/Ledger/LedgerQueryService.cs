using System.Globalization;
using System.Runtime.CompilerServices;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// The organization-wide ledger (list, export, head), readable with <see cref="Permissions.LedgerRead"/> only: it shows
/// every change to every record of the organization, memberships and tokens included. A record's own history is the
/// record's service's business (readable by whoever may read the record).
/// </summary>
public sealed class LedgerQueryService(IDbContextFactory<AimsDbContext> dbFactory)
{
    public async Task<PagedResult<LedgerEntryView>> ListAsync(Caller caller, LedgerQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Permissions.LedgerRead);
        var (from, to, newestFirst) = Validate(query, paged: true);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var filtered = Filter(db, caller, query, from, to);
        var total = await filtered.CountAsync(ct);
        var ordered = newestFirst ? filtered.OrderByDescending(e => e.Id) : filtered.OrderBy(e => e.Id);
        var items = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new PagedResult<LedgerEntryView>(items.Select(LedgerEntryView.Of).ToList(), total, query.Page, query.PageSize);
    }

    /// <summary>
    /// Every matching entry in chain order, streamed. Checks permission and filters now, before anything is sent, so a
    /// refusal is a proper error response and not a broken download.
    /// </summary>
    public async Task<IAsyncEnumerable<LedgerEntryView>> ExportAsync(Caller caller, LedgerQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Permissions.LedgerRead);
        var (from, to, _) = Validate(query, paged: false);
        var db = await dbFactory.OpenForAsync(caller, ct);
        return Stream(db, Filter(db, caller, query, from, to).OrderBy(e => e.Id), ct);
    }

    public async Task<LedgerHead> HeadAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.LedgerRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        // The organization's own chain (entries from before per-organization chains stay in the legacy chain).
        var chain = LedgerChains.For(caller.OrganizationId);
        var own = db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain);
        var head = await own.OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash, e.Timestamp }).FirstOrDefaultAsync(ct);
        return head is null
            ? new LedgerHead(0, null, null, null)
            : new LedgerHead(await own.LongCountAsync(ct), head.Sequence, head.Hash, head.Timestamp);
    }

    private static async IAsyncEnumerable<LedgerEntryView> Stream(AimsDbContext db, IQueryable<LedgerEntry> entries,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using (db)
        {
            await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(ct))
            {
                yield return LedgerEntryView.Of(entry);
            }
        }
    }

    private static IQueryable<LedgerEntry> Filter(AimsDbContext db, Caller caller, LedgerQuery query, DateTimeOffset? from, DateTimeOffset? to)
    {
        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.OrganizationId == caller.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.Actor == query.Actor.Trim());
        }

        if (from is { } f)
        {
            entries = entries.Where(e => e.Timestamp >= f);
        }

        if (to is { } t)
        {
            entries = entries.Where(e => e.Timestamp < t);
        }

        return entries;
    }

    private static (DateTimeOffset? From, DateTimeOffset? To, bool NewestFirst) Validate(LedgerQuery query, bool paged)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = Instant(query.From, "from", errors);
        var to = Instant(query.To, "to", errors);
        if (from is not null && to is not null && to <= from)
        {
            errors["to"] = ["'to' must be after 'from'."];
        }

        var newestFirst = query.Sort switch
        {
            null or "" or "-sequence" => true,
            "sequence" => false,
            _ => Invalid(errors, "sort", "Sort by 'sequence' (chain order) or '-sequence' (newest first)."),
        };
        if (paged)
        {
            if (query.Page < 1)
            {
                errors["page"] = ["Page starts at 1."];
            }
            else if ((long)(query.Page - 1) * Math.Max(query.PageSize, 1) > int.MaxValue)
            {
                errors["page"] = ["Page is beyond any ledger this size could hold."];
            }

            if (query.PageSize is < 1 or > DomainRules.MaxPageSize)
            {
                errors["pageSize"] = [$"Page size must be between 1 and {DomainRules.MaxPageSize}."];
            }
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : (from, to, newestFirst);
    }

    private static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.ToUniversalTime();
        }

        errors[field] = [$"'{text}' is not an ISO 8601 date or instant (e.g. 2026-01-31 or 2026-01-31T12:00:00Z)."];
        return null;
    }

    private static bool Invalid(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return true;
    }
}
