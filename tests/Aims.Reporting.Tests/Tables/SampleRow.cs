using Aims.Reporting.Tables;

namespace Aims.Reporting.Tests.Tables;

internal sealed record SampleRow(string? Name, decimal? Score, DateTimeOffset? UpdatedAt, DateOnly? Due, bool? Active)
{
    public static readonly TableDefinition<SampleRow> Table = new TableDefinition<SampleRow>()
        .Column("name", "Name", r => r.Name)
        .Column("score", "Score", r => r.Score)
        .Column("updatedAt", "Updated", r => r.UpdatedAt)
        .Column("due", "Due", r => r.Due)
        .Column("active", "Active", r => r.Active);
}
