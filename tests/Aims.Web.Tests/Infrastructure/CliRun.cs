using Aims.Cli;
using Microsoft.Extensions.Configuration;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>Runs the <c>aims</c> CLI in-process against a test host's database and API, capturing what it prints.</summary>
public static class CliRun
{
    public static Task<(int Code, string Output, string Error)> RunAsync(AimsAppFactory app, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        return RunAsync(app.CliConfiguration, app.Server.CreateHandler(), args);
    }

    /// <summary>Against any configuration (a database copy, or none at all for offline commands).</summary>
    public static Task<(int Code, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] args) =>
        RunAsync(configuration, null, args);

    /// <summary>The configuration plus extra keys (later keys win).</summary>
    public static IConfiguration With(IConfiguration configuration, params (string Key, string? Value)[] extra) =>
        new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))).Build();

    private static async Task<(int Code, string Output, string Error)> RunAsync(IConfiguration configuration,
        HttpMessageHandler? handler, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, configuration, handler);
        var code = await AimsCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
