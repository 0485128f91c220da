using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Controls;

/// <summary>
/// The organization's Annex A controls: every one of the 38 from the catalog, with how far it is implemented here and
/// the risks whose treatment selected it. A change is ledgered; a control's first change stores its row.
/// </summary>
public sealed class ControlService(IDbContextFactory<AimsDbContext> dbFactory)
{
    public const string Register = "controls";

    public async Task<PagedResult<ControlView>> ListAsync(Caller caller, int? page, int? pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ManagementRead);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var window = PageWindow.Validate(page ?? 1, pageSize ?? 50, errors);
        ValidationFailedException.ThrowIfAny(errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var views = await ViewsAsync(db, null, ct);
        return new PagedResult<ControlView>([.. views.Skip(window.Offset).Take(window.PageSize)], views.Count, window.Page, window.PageSize);
    }

    public async Task<ControlView> GetAsync(Caller caller, string controlId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ManagementRead);
        var id = Known(controlId);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return (await ViewsAsync(db, id, ct))[0];
    }

    public async Task<ControlView> UpdateAsync(Caller caller, string controlId, ControlInput input, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.ManagementWrite);
        var id = Known(controlId);
        var errors = new FieldErrors();
        if (input.Status is null)
        {
            errors.Add("status", "Status is required: notStarted, planned, partiallyImplemented or implemented.");
        }
        else if (!Enum.IsDefined(input.Status.Value))
        {
            errors.Add("status", "Status is one of notStarted, planned, partiallyImplemented or implemented.");
        }

        if (input.Implementation is { } text && TextRules.Problem("Implementation", text.Trim(), TextKind.MultiLine, DomainRules.LongTextMaxLength) is { } problem)
        {
            errors.Add("implementation", problem);
        }

        if (input.Status == ControlStatus.Planned && input.PlannedOn is null)
        {
            errors.Add("plannedOn", "A planned control needs the date it is planned for.");
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (input.OwnerId is { } ownerId)
        {
            await RegisterOwners.CheckAsync(db, caller, ownerId, errors, ct);
        }

        ValidationFailedException.ThrowIfAny(errors);
        var row = await db.Set<OrganizationControl>().FirstOrDefaultAsync(c => c.ControlId == id, ct);
        if (expectedVersion is { } expected && expected != (row?.Version ?? 0))
        {
            throw new ConcurrencyConflictException(
                $"Control {id} was changed by someone else (you have version {expected}, the current is {row?.Version ?? 0}). Reload and try again.",
                preconditionFailed: true);
        }

        if (row is null)
        {
            row = new OrganizationControl { OrganizationId = caller.OrganizationId, ControlId = id };
            db.Add(row);
        }

        row.Status = input.Status!.Value;
        row.OwnerId = input.OwnerId;
        row.PlannedOn = input.PlannedOn;
        row.Implementation = string.IsNullOrWhiteSpace(input.Implementation) ? null : input.Implementation.Trim();
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db, id, ct))[0];
    }

    /// <summary>The status of each control (a control without a row is not started), for computing current risk.</summary>
    internal static async Task<Dictionary<string, ControlStatus>> StatusesAsync(AimsDbContext db, CancellationToken ct) =>
        await db.Set<OrganizationControl>().AsNoTracking().ToDictionaryAsync(c => c.ControlId, c => c.Status, StringComparer.Ordinal, ct);

    private static string Known(string controlId) =>
        CatalogLibrary.Iso42001.FindControl(controlId)?.Id ?? throw new NotFoundException($"Annex A control '{controlId}'");

    private static async Task<List<ControlView>> ViewsAsync(AimsDbContext db, string? only, CancellationToken ct)
    {
        var rows = await db.Set<OrganizationControl>().AsNoTracking().Where(c => only == null || c.ControlId == only)
            .Select(c => new { Row = c, Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Row.ControlId, StringComparer.Ordinal, ct);
        var risks = (await db.Set<RecordLink>().AsNoTracking()
                .Where(l => l.SourceRegister == Risks.RiskRegister.Name && l.TargetRegister == Register && (only == null || l.TargetId == only))
                .Join(db.Set<Risks.Risk>().Where(r => r.ArchivedAt == null), l => l.SourceId, r => r.Id, (l, r) => new { l.TargetId, r.Id, r.Title })
                .ToListAsync(ct))
            .ToLookup(x => x.TargetId, x => new RecordRef(x.Id.ToString("D"), x.Title), StringComparer.Ordinal);
        return
        [
            .. CatalogLibrary.Iso42001.Controls.Where(c => only == null || c.Id == only).Select(c =>
            {
                var row = rows.GetValueOrDefault(c.Id);
                return new ControlView(c.Id, c.Title, c.ObjectiveId, c.Intent, c.EvidenceGuidance, row?.Row.Status ?? ControlStatus.NotStarted,
                    row?.Row.OwnerId, row?.Owner, row?.Row.PlannedOn, row?.Row.Implementation, [.. risks[c.Id]], row?.Row.UpdatedAt,
                    row?.Row.UpdatedBy, row?.Row.Version ?? 0);
            }),
        ];
    }
}
