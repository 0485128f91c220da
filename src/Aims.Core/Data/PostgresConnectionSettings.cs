using System.Data.Common;
using Npgsql;

namespace Aims.Core.Data;

/// <summary>
/// Defaults every PostgreSQL connection string gets unless it sets the keyword itself (the operator's value always
/// wins). Measured on a list request at 64 clients (docs/performance.md, "Fifth pass"): without them every query was
/// parsed and planned again and each return to the pool ran <c>DISCARD ALL</c>, and together they raised the rate by
/// about half.
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c>: the statements a connection runs most often become server-side prepared statements
/// (the heads lookup, each register's page), so PostgreSQL plans them once per connection instead of per request.</item>
/// <item><c>No Reset On Close</c>: keeps those prepared statements when a connection goes back to the pool. Safe here
/// because the product never changes session state: its only locks are transaction-scoped advisory locks, released at
/// commit or rollback, and it sets no session variables.</item>
/// </list>
/// </summary>
public static class PostgresConnectionSettings
{
    /// <summary>Enough for every register's hot queries on one connection; Npgsql evicts the least used beyond it.</summary>
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Sets(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    // Whether the operator named the setting (in either spelling Npgsql accepts), as opposed to its default value. The
    // generic builder parses quoting the way Npgsql does, so a quoted password containing ';' cannot fake a keyword.
    private static bool Sets(string connectionString, params string[] keywords)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keywords.Any(named.ContainsKey);
    }
}
