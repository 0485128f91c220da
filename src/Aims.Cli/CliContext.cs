using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aims.Cli;

/// <summary>
/// What every command may need: output writers, the configuration (same keys as the web host: <c>Aims__DataDir</c>,
/// <c>Database__Provider</c>, <c>ConnectionStrings__Aims</c>) and, for API commands, an HTTP handler (tests inject one).
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, IConfiguration configuration, HttpMessageHandler? httpHandler = null)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
    public IConfiguration Configuration { get; } = configuration;
    public HttpMessageHandler? HttpHandler { get; } = httpHandler;

    /// <summary>Chains this run wrote to; signed before the CLI exits (a CLI run has no background signer).</summary>
    public LedgerCheckpointSignal CheckpointSignal { get; } = new();

    /// <summary>Configuration as the host reads it: appsettings.json in the working directory, then environment.</summary>
    public static IConfiguration DefaultConfiguration() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Core services over the configured database, for admin commands that work on the database directly.</summary>
    public ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Configuration);
        services.AddSingleton(CheckpointSignal);
        services.AddAimsCore(Configuration);
        return services.BuildServiceProvider();
    }

    public DatabaseSettings Database => DatabaseSettings.From(Configuration);

    public LedgerKeySettings LedgerKeys => LedgerKeySettings.From(Configuration, Database.DataDirectory);
}
