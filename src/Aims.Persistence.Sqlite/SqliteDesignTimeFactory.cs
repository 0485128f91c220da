using Aims.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Aims.Persistence.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/Aims.Persistence.Sqlite</c> build the model without booting the
/// web host. The connection string only matters for commands that touch a database.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AimsDbContext>
{
    public AimsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("AIMS_DESIGN_SQLITE") ?? "Data Source=design-time.db";
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, connection, Path.GetTempPath());
        return new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings));
    }
}
