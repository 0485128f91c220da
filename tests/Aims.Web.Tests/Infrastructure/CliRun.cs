using Aims.Cli;
using Microsoft.Extensions.Configuration;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>Runs the <c>aims</c> CLI in-process against a test host's database and API, capturing what it prints.</summary>
public static class CliRun
{
    public static Task<(int Code, string Output, string Error)> RunAsync(AimsAppFactory app, params string[] args) =>
        RunAsync(app, null, args);

    /// <summary>As <see cref="RunAsync(AimsAppFactory, string[])"/>, with settings layered over the host's (e.g. another key path).</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(AimsAppFactory app,
        IReadOnlyDictionary<string, string?>? settings, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = settings is null
            ? app.CliConfiguration
            : new ConfigurationBuilder().AddConfiguration(app.CliConfiguration).AddInMemoryCollection(settings).Build();
        var context = new CliContext(output, error, configuration, app.Server.CreateHandler());
        var code = await AimsCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
