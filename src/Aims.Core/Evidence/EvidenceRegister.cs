using System.Text.Json;
using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence.Files;
using Aims.Core.Registers;

namespace Aims.Core.Evidence;

/// <summary>
/// The evidence library as a <see cref="RegisterDefinition{T, TView}"/>. Built per clock, because validity (list
/// filter and view) is judged against today in the organization's calendar (its time zone comes with the caller). Each sort has an index <c>(OrganizationId, keys…, Id)</c> in
/// <see cref="EvidenceItemConfiguration"/>; items without a valid-until date sort after those with one in both providers.
/// </summary>
public static class EvidenceRegister
{
    public const string Name = "evidence";

    public static RegisterDefinition<EvidenceItem, EvidenceItemView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "evidence item",
            Permissions = new RegisterPermissions(Permissions.EvidenceRead, Permissions.EvidenceWrite, Permissions.EvidenceArchive),
            Sorts = new RegisterSorts<EvidenceItem>(
                new SortField<EvidenceItem>("title").Then(e => e.Title),
                new SortField<EvidenceItem>("effectiveDate").Then(e => e.EffectiveDate).Then(e => e.Title),
                // SQLite puts NULL first and PostgreSQL last; the explicit key makes both put "no expiry" last.
                new SortField<EvidenceItem>("validUntil").Then(e => e.ValidUntil == null).Then(e => e.ValidUntil).Then(e => e.Title),
                new SortField<EvidenceItem>("updatedAt").Then(e => e.UpdatedAt),
                new SortField<EvidenceItem>("createdAt").Then(e => e.CreatedAt)),
            Filters = EvidenceFilters.All(clock),
            // The index and its triggers are created by the EvidenceLibrary migrations.
            Search = new RegisterSearch<EvidenceItem>("EvidenceSearch", "EvidenceItemId", e => e.Title, e => e.Description),
            Project = (db, items) => Project(db, items, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            // Links come and go with edits (a removed one only in its Deleted entry); files are added, never removed.
            HistoryIncludes = (db, id) =>
            [
                new(nameof(EvidenceLink), db.Set<EvidenceLink>().Where(l => l.EvidenceItemId == id).Select(l => l.Id), "EvidenceItemId"),
                new(nameof(EvidenceFile), db.Set<EvidenceFile>().Where(f => f.EvidenceItemId == id).Select(f => f.Id)),
            ],
            ListColumns = ["title", "kind", "effectiveDate", "validUntil", "validity", "controls", "owner"],
            Columns = EvidenceColumns.All,
        };
    }

    // Names come from the same query (scalar subqueries and one link collection); the view is built on the client.
    private static IQueryable<EvidenceItemView> Project(AimsDbContext db, IQueryable<EvidenceItem> items, DateOnly today) =>
        items.Select(e => new Row
        {
            Item = e,
            OwnerName = db.Users.Where(u => u.Id == e.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            ReferenceName = e.ReferenceType == EvidenceTargetType.AiSystem
                ? db.AiSystems.Where(s => s.Id == e.ReferenceId).Select(s => s.Name).FirstOrDefault()
                : null,
            Current = e.Files.Where(f => f.Number == e.FileCount)
                .Select(f => new FileRow
                {
                    File = f,
                    UploaderName = db.Users.Where(u => u.Id == f.UploadedById).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .FirstOrDefault(),
            Links = e.Links.Select(l => new LinkRow
            {
                Type = l.TargetType,
                Id = l.TargetId,
                Name = l.TargetType == EvidenceTargetType.AiSystem
                    ? db.AiSystems.Where(s => s.Id == l.RecordId).Select(s => s.Name).FirstOrDefault()
                    : null,
            }).ToList(),
        }).Select(r => ToView(r, today));

    /// <summary>One stored file as callers see it (<paramref name="current"/>: it is the item's current file).</summary>
    public static EvidenceFileView FileView(EvidenceFile f, string? uploaderName, bool current)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new EvidenceFileView(f.Number, current, f.Sha256, f.Size, f.Kind, StoredFileKinds.ContentType(f.Kind), f.FileName,
            f.EffectiveDate, f.ValidUntil, f.CreatedAt, f.UploadedById, uploaderName, Summary(f.ComputedSummary));
    }

    private static EvidenceItemView ToView(Row r, DateOnly today)
    {
        var e = r.Item;
        // Catalog items in the standard's order, records by name.
        var links = r.Links.OrderBy(l => l.Name ?? "", StringComparer.CurrentCultureIgnoreCase).ThenBy(l => l.Id, IdentifierComparer.Instance).ToList();
        return new EvidenceItemView(e.Id, e.Title, e.Description, e.Kind, e.OwnerId, r.OwnerName, e.EffectiveDate, e.ValidUntil,
            EvidenceCalendar.Validity(e.ValidUntil, today), e.Url,
            e.ReferenceType is { } type && e.ReferenceId is { } referenceId
                ? new EvidenceLinkView(type, referenceId.ToString("D"), r.ReferenceName)
                : null,
            e.FileSha256,
            r.Current is { } current ? FileView(current.File, current.UploaderName, current: true) : null,
            e.FileCount,
            Of(links, EvidenceTargetType.Control), Of(links, EvidenceTargetType.Clause),
            Of(links, EvidenceTargetType.AiSystem), Of(links, EvidenceTargetType.Document),
            e.ArchivedAt, e.ArchiveReason, e.CreatedAt, e.CreatedBy, e.UpdatedAt, e.UpdatedBy, e.Version);
    }

    private static List<EvidenceLinkView> Of(List<LinkRow> links, EvidenceTargetType type) =>
        [.. links.Where(l => l.Type == type).Select(l => new EvidenceLinkView(type, l.Id, l.Name ?? CatalogTitle(type, l.Id)))];

    private static string? CatalogTitle(EvidenceTargetType type, string id) => type switch
    {
        EvidenceTargetType.Control => CatalogLibrary.Iso42001.FindControl(id)?.Title,
        EvidenceTargetType.Clause => CatalogLibrary.Iso42001.FindClause(id)?.Title,
        _ => null,
    };

    private static ComputedEvidenceSummary? Summary(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ComputedEvidenceSummary>(json, EvidenceJsonOptions.Stored);

    private sealed class Row
    {
        public required EvidenceItem Item { get; init; }
        public string? OwnerName { get; init; }
        public string? ReferenceName { get; init; }
        public FileRow? Current { get; init; }
        public required List<LinkRow> Links { get; init; }
    }

    private sealed class FileRow
    {
        public required EvidenceFile File { get; init; }
        public string? UploaderName { get; init; }
    }

    private sealed class LinkRow
    {
        public EvidenceTargetType Type { get; init; }
        public required string Id { get; init; }
        public string? Name { get; init; }
    }
}
