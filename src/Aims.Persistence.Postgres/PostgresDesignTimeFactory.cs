using Aims.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Aims.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/Aims.Persistence.Postgres</c> build the model without a running
/// server; commands that need a database read <c>AIMS_DESIGN_POSTGRES</c>.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<AimsDbContext>
{
    public AimsDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("AIMS_DESIGN_POSTGRES") ??
                         "Host=127.0.0.1;Database=aims_design;Username=aims;Password=aims";
        var settings = new DatabaseSettings(DatabaseProvider.Postgres, connection, Path.GetTempPath());
        return new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings));
    }
}
