namespace Aims.Core.Data;

/// <summary>Supported databases: embedded SQLite (default, one machine) and PostgreSQL (scale out).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
