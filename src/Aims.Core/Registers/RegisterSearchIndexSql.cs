namespace Aims.Core.Registers;

/// <summary>
/// The statements a register's migration runs to create the index <see cref="RegisterSearch{T}"/> reads, so every
/// register gets the same structure: on SQLite an FTS5 trigram table <c>&lt;index&gt;</c>, its keys table
/// <c>&lt;index&gt;Keys</c> and three triggers keeping both current; on PostgreSQL the pg_trgm extension and a GIN
/// index per column. A later migration that rebuilds the table on SQLite drops its triggers and must run
/// <see cref="Sqlite"/>'s trigger statements again (the register's search tests would fail).
/// </summary>
public static class RegisterSearchIndexSql
{
    public static IReadOnlyList<string> Sqlite(string table, string index, string keyColumn, params IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var names = string.Join(", ", columns.Select(Quote));
        var newValues = string.Join(", ", columns.Select(c => "new." + Quote(c)));
        var assignments = string.Join(", ", columns.Select(c => $"{Quote(c)} = new.{Quote(c)}"));
        var rowOf = $"(SELECT \"RowId\" FROM {Quote(index + "Keys")} WHERE {Quote(keyColumn)} = old.\"Id\")";
        return
        [
            $"CREATE TABLE {Quote(index + "Keys")} (\"RowId\" INTEGER PRIMARY KEY, {Quote(keyColumn)} TEXT NOT NULL UNIQUE);",
            $"CREATE VIRTUAL TABLE {Quote(index)} USING fts5({names}, tokenize = 'trigram case_sensitive 0');",
            $"INSERT INTO {Quote(index + "Keys")} ({Quote(keyColumn)}) SELECT \"Id\" FROM {Quote(table)};",
            $"INSERT INTO {Quote(index)} (rowid, {names}) SELECT k.\"RowId\", {string.Join(", ", columns.Select(c => "t." + Quote(c)))} " +
            $"FROM {Quote(table)} AS t JOIN {Quote(index + "Keys")} AS k ON k.{Quote(keyColumn)} = t.\"Id\";",
            $"CREATE TRIGGER {Quote(table + "_search_insert")} AFTER INSERT ON {Quote(table)} BEGIN " +
            $"INSERT INTO {Quote(index + "Keys")} ({Quote(keyColumn)}) VALUES (new.\"Id\"); " +
            $"INSERT INTO {Quote(index)} (rowid, {names}) VALUES (last_insert_rowid(), {newValues}); END;",
            $"CREATE TRIGGER {Quote(table + "_search_update")} AFTER UPDATE OF {names} ON {Quote(table)} BEGIN " +
            $"UPDATE {Quote(index)} SET {assignments} WHERE rowid = {rowOf}; END;",
            $"CREATE TRIGGER {Quote(table + "_search_delete")} AFTER DELETE ON {Quote(table)} BEGIN " +
            $"DELETE FROM {Quote(index)} WHERE rowid = {rowOf}; DELETE FROM {Quote(index + "Keys")} WHERE {Quote(keyColumn)} = old.\"Id\"; END;",
        ];
    }

    public static IReadOnlyList<string> DropSqlite(string table, string index) =>
    [
        $"DROP TRIGGER IF EXISTS {Quote(table + "_search_insert")};",
        $"DROP TRIGGER IF EXISTS {Quote(table + "_search_update")};",
        $"DROP TRIGGER IF EXISTS {Quote(table + "_search_delete")};",
        $"DROP TABLE IF EXISTS {Quote(index)};",
        $"DROP TABLE IF EXISTS {Quote(index + "Keys")};",
    ];

    public static IReadOnlyList<string> Postgres(string table, params IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return
        [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
            .. columns.Select(c => $"CREATE INDEX {Quote($"IX_{table}_{c}_trgm")} ON {Quote(table)} USING gin ({Quote(c)} gin_trgm_ops);"),
        ];
    }

    public static IReadOnlyList<string> DropPostgres(string table, params IReadOnlyList<string> columns) =>
        [.. (columns ?? []).Select(c => $"DROP INDEX IF EXISTS {Quote($"IX_{table}_{c}_trgm")};")];

    /// <summary>An SQL identifier in double quotes (inner quotes doubled), valid on SQLite and PostgreSQL.</summary>
    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
