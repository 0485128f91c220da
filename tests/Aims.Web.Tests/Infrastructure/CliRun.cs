using Aims.Cli;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>Runs the <c>aims</c> CLI in-process against a test host's database and API, capturing what it prints.</summary>
public static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(AimsAppFactory app, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, app.CliConfiguration, app.Server.CreateHandler());
        var code = await AimsCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
