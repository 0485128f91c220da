using System.CommandLine;
using System.Diagnostics;
using Aims.Evidence.Cli;

namespace Aims.Evidence.Tests.Cli;

/// <summary>
/// Runs the evidence command tree in-process, as `aims evidence …` would, capturing stdout and stderr. With
/// <c>AIMS_EVIDENCE_CLI</c> set to an <c>aims</c> executable (bench/run-evidence-aot.sh sets it to the Native AOT
/// build), every CLI test runs that process instead, so the same assertions hold for the published binary.
/// </summary>
internal static class CliHarness
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var ct = TestContext.Current.CancellationToken;
        var exe = Environment.GetEnvironmentVariable("AIMS_EVIDENCE_CLI");
        if (!string.IsNullOrEmpty(exe))
        {
            return await RunProcessAsync(exe, ["evidence", .. args], ct);
        }

        var root = new RootCommand { EvidenceCommands.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(["evidence", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<(int Code, string Out, string Err)> RunProcessAsync(string exe, string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }
}
