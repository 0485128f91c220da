namespace Aims.Core.Registers;

/// <summary>
/// Indexes for sorts EF cannot declare: a sort on an optional date that puts "none" last on both providers orders by
/// (column IS NULL, column, …) — see <see cref="SortField{T}"/> uses such as evidence's validUntil — and only an index on
/// that expression lets the list walk an index instead of sorting every row of the organization. The statements are
/// the same on SQLite and PostgreSQL; a register's migration runs them. EF does not know these indexes: a later
/// migration that rebuilds the table on SQLite drops them and must create them again (the plan tests would fail).
/// </summary>
public static class RegisterSortIndexSql
{
    /// <param name="table">The register's table.</param>
    /// <param name="column">The optional column sorted with "none" last.</param>
    /// <param name="then">The columns the sort continues with (ending in Id).</param>
    public static string CreateNullsLast(string table, string column, params IReadOnlyList<string> then)
    {
        ArgumentNullException.ThrowIfNull(then);
        var rest = string.Join(", ", then.Select(Quote));
        return $"CREATE INDEX {Quote(Name(table, column))} ON {Quote(table)} (\"OrganizationId\", ({Quote(column)} IS NULL), {Quote(column)}, {rest});";
    }

    public static string DropNullsLast(string table, string column) => $"DROP INDEX IF EXISTS {Quote(Name(table, column))};";

    private static string Name(string table, string column) => $"IX_{table}_OrganizationId_{column}NullsLast";

    private static string Quote(string name) => RegisterSearchIndexSql.Quote(name);
}
