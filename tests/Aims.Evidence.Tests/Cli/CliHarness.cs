using System.CommandLine;
using Aims.Evidence.Cli;

namespace Aims.Evidence.Tests.Cli;

/// <summary>Runs the evidence command tree in-process, as `aims evidence …` would, capturing stdout and stderr.</summary>
internal static class CliHarness
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand { EvidenceCommands.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(["evidence", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
