using Microsoft.Extensions.Configuration;

namespace Aims.Core.Data;

/// <summary>
/// Where the data lives, read from the same keys by the web host and the CLI: <c>Aims:DataDir</c> (default
/// <c>./data</c>), <c>Database:Provider</c> (<c>Sqlite</c>|<c>Postgres</c>) and <c>ConnectionStrings:Aims</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public const string SqliteMigrationsAssembly = "Aims.Persistence.Sqlite";
    public const string PostgresMigrationsAssembly = "Aims.Persistence.Postgres";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDir = Path.GetFullPath(configuration["Aims:DataDir"] is { Length: > 0 } d ? d : "data");
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider must be 'Sqlite' or 'Postgres' (it is '{providerText}').");
        }

        var connectionString = configuration.GetConnectionString("Aims");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Aims is not set " +
                "(for example ConnectionStrings__Aims=\"Host=localhost;Database=aims;Username=aims;Password=…\").");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(dataDir, "aims.db")}";
        }

        return new DatabaseSettings(provider, connectionString, dataDir);
    }

    /// <summary>A safe description for logs and the console: never includes the password.</summary>
    public string Describe()
    {
        var safe = string.Join(';', ConnectionString.Split(';').Where(part => !IsSecret(part)));
        return Provider == DatabaseProvider.Sqlite
            ? $"SQLite ({safe.Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase)})"
            : $"PostgreSQL ({safe})";
    }

    // Npgsql also accepts "Pwd" and "Psw" for the password, and an encrypted SQLite file takes "Password" too; any of
    // them printed in the start-up banner or CLI output would put the secret in terminal scroll-back and log files.
    private static bool IsSecret(string part)
    {
        var key = part.Split('=', 2)[0].Trim();
        return key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase) ||
               key.Equals("Psw", StringComparison.OrdinalIgnoreCase);
    }
}
