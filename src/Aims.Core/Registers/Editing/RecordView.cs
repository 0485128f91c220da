namespace Aims.Core.Registers.Editing;

/// <summary>A linked record as a view shows it: its id and its name now (null when it is gone or not readable).</summary>
public sealed record RecordRef(string Id, string? Name);

/// <summary>What every edited register's view carries for the shared columns and the record page's side panel.</summary>
public interface IRecordView : IRegisterView
{
    DateTimeOffset? ArchivedAt { get; }
    string? ArchiveReason { get; }
    DateTimeOffset CreatedAt { get; }
    string CreatedBy { get; }
    DateTimeOffset UpdatedAt { get; }
    string UpdatedBy { get; }
}

/// <summary>Columns every edited register ends with, so exports of all of them read the same.</summary>
public static class RecordColumns
{
    public static IEnumerable<RegisterColumn<TView>> Audit<TView>()
        where TView : IRecordView =>
    [
        new("archivedAt", "Archived at", v => v.ArchivedAt),
        new("archiveReason", "Archive reason", v => v.ArchiveReason),
        new("createdAt", "Created at", v => v.CreatedAt),
        new("createdBy", "Created by", v => v.CreatedBy),
        new("updatedAt", "Updated at", v => v.UpdatedAt),
        new("updatedBy", "Updated by", v => v.UpdatedBy),
        new("version", "Version", v => v.Version),
    ];

    /// <summary>Linked records in one cell: their names (or ids when a name is unknown), separated by "; ".</summary>
    public static string? Names(IReadOnlyList<RecordRef> links) =>
        links.Count == 0 ? null : string.Join("; ", links.Select(l => l.Name ?? l.Id));
}
