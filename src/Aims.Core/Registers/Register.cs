using System.Runtime.CompilerServices;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers;

/// <summary>
/// The use cases every register shares, driven by its <see cref="RegisterDefinition{T, TView}"/>: a list that
/// searches, filters, sorts and pages in indexed SQL with a cached total; one record; its history from the ledger;
/// archive with a reason and restore; the whole current filter for export. A register's own service adds its
/// create and edit rules and uses <see cref="FindForChangeAsync"/> and <see cref="SaveAsync"/> for them.
/// </summary>
public sealed class Register<T, TView>(RegisterDefinition<T, TView> definition, IDbContextFactory<AimsDbContext> dbFactory,
    RegisterListCache lists)
    where T : RegisterRecord
    where TView : IRegisterView
{
    public RegisterDefinition<T, TView> Definition { get; } = definition ?? throw new ArgumentNullException(nameof(definition));

    public async Task<PagedResult<TView>> ListAsync(Caller caller, RegisterQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Definition.Permissions.Read);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var window = PageWindow.Validate(query.Page, query.PageSize, errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var (records, sort, countKey, searched) = Filtered(db, query, errors);
        var pageKey = $"{countKey}\u001fsort={sort}\u001fpage={window.Page}/{window.PageSize}\u001f{Definition.ViewMoment?.Invoke(db)}";
        return await lists.PageAsync(db, caller.OrganizationId, pageKey, async () =>
        {
            // A search, and a page deep in any list, read from the ordered ids the list cache holds: an OFFSET walk
            // reads every skipped entry on each request (measured at offset 4 975: p95 52 ms at 10 000 records, 66 ms
            // at 100 000, where page 1 took 35), and PostgreSQL with whole rows read every skipped row too.
            if (searched || window.Offset >= DeepPageOffset)
            {
                return await CachedIdsPageAsync(db, caller, records, sort, countKey, window, ct);
            }

            var total = await lists.CountAsync(db, caller.OrganizationId, countKey, records, ct);
            var page = await Definition.Project(db, sort.Apply(records).Skip(window.Offset).Take(window.PageSize)).ToListAsync(ct);
            return new PagedResult<TView>(page, total, window.Page, window.PageSize);
        }, Weigh, ct);
    }

    /// <summary>What a cached page costs: the characters of what its columns show (the same values an export writes).</summary>
    private long Weigh(PagedResult<TView> page)
    {
        long weight = 64;
        foreach (var view in page.Items)
        {
            foreach (var column in Definition.Columns)
            {
                weight += 8 + (column.Value(view) is string text ? text.Length : 8);
            }
        }

        return weight;
    }

    // Below this offset reading whole rows straight away is cheaper than holding every id of the list.
    private const int DeepPageOffset = 500;

    /// <summary>
    /// A page from the list cache's ordered ids: every match of the search and filters in sort order (one query per
    /// search, filter and sort until the organization's records change; a word found in every record then costs what a
    /// plain list costs, and page 200 what page 1 does), the page's rows by primary key.
    /// </summary>
    private async Task<PagedResult<TView>> CachedIdsPageAsync(AimsDbContext db, Caller caller, IQueryable<T> records,
        SortOrder<T> sort, string countKey, PageWindow window, CancellationToken ct)
    {
        var matches = await lists.MatchingIdsAsync(db, caller.OrganizationId, countKey + "\u001fsort=" + sort,
            sort.Apply(records).Select(r => r.Id), ct);
        return await RowsAsync(db, [.. matches.Skip(window.Offset).Take(window.PageSize)], matches.Count, window, ct);
    }

    /// <summary>The rows of a page whose ids (in order) are known.</summary>
    private async Task<PagedResult<TView>> RowsAsync(AimsDbContext db, List<Guid> ids, int total, PageWindow window, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new PagedResult<TView>([], total, window.Page, window.PageSize);
        }

        // By primary key alone: the ids are this organization's (they come from its tenant-filtered query, cached under
        // its id). With the tenant term as well, SQLite without statistics prefers walking the organization's whole
        // index and testing each row against the list (measured: a search page at 10 000 records took twice a list's).
        var rows = await Definition.Project(db, db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)))
            .ToListAsync(ct);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return new PagedResult<TView>([.. rows.OrderBy(r => position[r.Id])], total, window.Page, window.PageSize);
    }

    /// <summary>Every record of the current filter in the current sort, streamed (no paging), for exports.</summary>
    public async IAsyncEnumerable<TView> ExportAsync(Caller caller, RegisterQuery query,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Definition.Permissions.Read);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var (records, sort, _, _) = Filtered(db, query, new Dictionary<string, string[]>(StringComparer.Ordinal));
        await foreach (var row in Definition.Project(db, sort.Apply(records)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>Throws the validation errors of a list request (filters, sort, search) before an export starts
    /// writing, so a bad request answers 400 rather than a half-written file.</summary>
    public void Validate(RegisterQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Definition.Sorts.Parse(query.Sort, errors);
        SearchTerms.Parse(query.Search, errors);
        foreach (var (name, value) in query.Filters)
        {
            var filter = Definition.Filters.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (filter is null)
            {
                errors[name] = [UnknownFilter(name)];
            }
            else if (!string.IsNullOrWhiteSpace(value))
            {
                filter.Apply(Enumerable.Empty<T>().AsQueryable(), value, timeZone: null, errors);
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
    }

    public async Task<TView> GetAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Definition.Permissions.Read);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return await ViewAsync(db, id, ct);
    }

    /// <summary>
    /// The record's history, straight from the ledger (oldest first), with the entries of the rows
    /// <see cref="RegisterDefinition{T, TView}.HistoryIncludes"/> names (e.g. a document's versions) in the same order.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Definition.Permissions.Read);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.Set<T>().AnyAsync(r => r.Id == id, ct))
        {
            throw new NotFoundException(Definition.CapitalizedNoun);
        }

        var entries = await EntriesAsync(db, caller.OrganizationId, Definition.EntityType, [id.ToString("D")], ct);
        foreach (var include in Definition.HistoryIncludes?.Invoke(db, id) ?? [])
        {
            var keys = (await include.Ids.ToListAsync(ct)).Select(k => k.ToString("D")).ToList();
            if (keys.Count > 0)
            {
                entries.AddRange(await EntriesAsync(db, caller.OrganizationId, include.EntityType, keys, ct));
            }

            if (include.ParentKey is { } parentKey)
            {
                // A row deleted since (a removed link) is no longer in its table, but the recorder writes every column
                // of a created and a deleted row, the parent's id as "ParentKey":"<id>": its creation and its deletion.
                var marker = $"\"{parentKey}\":\"{id:D}\"";
                var type = include.EntityType;
                entries.AddRange(await db.LedgerEntries.AsNoTracking()
                    .Where(e => e.OrganizationId == caller.OrganizationId && e.EntityType == type && e.Action != LedgerAction.Updated &&
                                e.Payload.Contains(marker))
                    .ToListAsync(ct));
            }
        }

        // Insertion order, not the per-chain sequence: an upgraded record's history starts in the legacy chain. A row
        // found both by its id and by its parent's id is listed once.
        return [.. entries.DistinctBy(e => e.Id).OrderBy(e => e.Id)];
    }

    private static Task<List<LedgerEntry>> EntriesAsync(AimsDbContext db, Guid organizationId, string entityType,
        List<string> keys, CancellationToken ct)
    {
        var entries = db.LedgerEntries.AsNoTracking().Where(e => e.OrganizationId == organizationId && e.EntityType == entityType);
        // One key is a plain lookup in the (OrganizationId, EntityType, EntityId) index; several are an IN list.
        var key = keys[0];
        return (keys.Count == 1 ? entries.Where(e => e.EntityId == key) : entries.Where(e => keys.Contains(e.EntityId))).ToListAsync(ct);
    }

    /// <summary>Takes the record out of the active register; nothing is deleted, the reason is kept and ledgered.</summary>
    public async Task<TView> ArchiveAsync(Caller caller, Guid id, string? reason, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Definition.Permissions.Archive);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException("reason", $"A reason is required to archive {Definition.Article} {Definition.Noun}.");
        }

        if (TextRules.Problem("Reason", reason, TextKind.MultiLine, DomainRules.ReasonMaxLength) is { } problem)
        {
            throw new ValidationFailedException("reason", problem);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var record = await FindForChangeAsync(db, id, expectedVersion, ct);
        if (record.ArchivedAt is not null)
        {
            throw new ValidationFailedException("status", $"The {Definition.Noun} is already archived.");
        }

        record.Archive(db.Now(), reason.Trim());
        await SaveAsync(db, ct);
        return await ViewAsync(db, id, ct);
    }

    /// <summary>Brings an archived record back into the active register (also ledgered).</summary>
    public async Task<TView> RestoreAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Definition.Permissions.Archive);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var record = await FindForChangeAsync(db, id, expectedVersion: null, ct);
        if (record.ArchivedAt is null)
        {
            throw new ValidationFailedException("status", $"The {Definition.Noun} is not archived.");
        }

        if (Definition.BeforeRestore is { } check)
        {
            await check(db, record, ct);
        }

        record.Restore();
        await SaveAsync(db, ct);
        return await ViewAsync(db, id, ct);
    }

    /// <summary>The record, tracked for a change, after checking the version the caller read (If-Match → 412).</summary>
    public async Task<T> FindForChangeAsync(AimsDbContext db, Guid id, long? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(Definition.CapitalizedNoun);
        if (expectedVersion is { } expected && expected != record.Version)
        {
            throw new ConcurrencyConflictException(
                $"The {Definition.Noun} was changed by someone else (you have version {expected}, the current is {record.Version}). Reload and try again.",
                preconditionFailed: true);
        }

        return record;
    }

    /// <summary>Saves (ledgered in the same transaction); a lost race becomes 409, and a unique index's refusal the
    /// answer of <paramref name="onUniqueViolation"/> when it recognises it.</summary>
    public async Task SaveAsync(AimsDbContext db, CancellationToken ct, Func<Task<Exception?>>? onUniqueViolation = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                $"The {Definition.Noun} was changed by someone else while you were saving. Reload and try again.",
                preconditionFailed: false);
        }
        catch (DbUpdateException) when (onUniqueViolation is not null)
        {
            if (await onUniqueViolation() is { } answer)
            {
                throw answer;
            }

            throw;
        }
    }

    /// <summary>One record as callers see it.</summary>
    public async Task<TView> ViewAsync(AimsDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await Definition.Project(db, db.Set<T>().AsNoTracking().Where(r => r.Id == id)).FirstOrDefaultAsync(ct)
               ?? throw new NotFoundException(Definition.CapitalizedNoun);
    }

    private (IQueryable<T> Records, SortOrder<T> Sort, string CountKey, bool Searched) Filtered(AimsDbContext db, RegisterQuery query,
        Dictionary<string, string[]> errors)
    {
        var sort = Definition.Sorts.Parse(query.Sort, errors);
        var search = SearchTerms.Parse(query.Search, errors);
        var records = db.Set<T>().AsNoTracking();
        if (search is not null && Definition.Search is { } index)
        {
            records = index.Apply(db, records, search);
        }

        var key = new List<string> { Definition.Name, search is null ? "" : string.Join('\u001e', search.Terms) };
        foreach (var (name, value) in query.Filters.OrderBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
        {
            var filter = Definition.Filters.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (filter is null)
            {
                errors[name] = [UnknownFilter(name)];
            }
            else if (!string.IsNullOrWhiteSpace(value))
            {
                records = filter.Apply(records, value, db.TimeZone, errors);
                key.Add(filter.Name + "=" + filter.CountKey(value.Trim(), db.TimeZone));
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        return (records, sort, string.Join('\u001f', key), search is not null && Definition.Search is not null);
    }

    private string UnknownFilter(string name) => Definition.Filters.Count == 0
        ? $"Unknown filter '{name}': this register has none."
        : $"Unknown filter '{name}'. Use one of: {string.Join(", ", Definition.Filters.Select(f => f.Name))}.";

}
