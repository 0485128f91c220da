using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aims.Core.Data;

/// <summary>Registers <see cref="AimsDbContext"/> for the configured provider, for the host and the CLI alike.</summary>
public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddAimsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        // The CLI registers its own signal first, to sign what it wrote before it exits.
        services.TryAddSingleton<LedgerCheckpointSignal>();
        services.TryAddSingleton<LedgerCommitInterceptor>();
        // Resolved on the first secret written, so reading (and verifying) never creates a key file.
        var digestKey = new Lazy<LedgerDigestKey>(() => LedgerDigestKey.Resolve(configuration, settings.DataDirectory));
        services.AddSingleton(sp =>
        {
            var options = new DbContextOptionsBuilder<AimsDbContext>();
            Configure(options, settings);
            options.AddInterceptors(sp.GetRequiredService<LedgerCommitInterceptor>());
            LedgerOptionsExtension.Use(options, digestKey);
            return options.Options;
        });
        services.AddSingleton<IDbContextFactory<AimsDbContext>, AimsDbContextFactory>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(PostgresConnectionSettings.Apply(settings.ConnectionString),
                o => o.MigrationsAssembly(DatabaseSettings.PostgresMigrationsAssembly));
        }
        else
        {
            Directory.CreateDirectory(settings.DataDirectory);
            options.UseSqlite(settings.ConnectionString,
                    o => o.MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly))
                .AddInterceptors(SqliteConnectionSettings.Instance);
        }
    }

    /// <summary>Options for code that builds a context without DI (CLI, design-time factories, tests).</summary>
    public static DbContextOptions<AimsDbContext> BuildOptions(DatabaseSettings settings, LedgerDigestKey? digestKey = null)
    {
        var builder = new DbContextOptionsBuilder<AimsDbContext>();
        Configure(builder, settings);
        if (digestKey is not null)
        {
            LedgerOptionsExtension.Use(builder, new Lazy<LedgerDigestKey>(digestKey));
        }

        return builder.Options;
    }
}
