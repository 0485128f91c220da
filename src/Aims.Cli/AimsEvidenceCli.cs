using System.CommandLine;
using Aims.Evidence.Cli;

namespace Aims.Cli;

/// <summary>
/// Entry point of the evidence-only Native AOT flavour of <c>aims</c> (<c>-p:AimsFlavor=evidence</c>, docs/cli.md).
/// It mounts the same <c>evidence</c> command tree as <see cref="EvidenceCommands.Create"/> does in the full build, so
/// <c>aims evidence …</c> gives the same output and exit codes; every other command is absent.
/// </summary>
public static class AimsEvidenceCli
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var first = args.Length > 0 ? args[0] : null;
        if (first is not (null or "evidence" or "--help" or "-h" or "-?" or "/?" or "/h" or "--version"))
        {
            await Console.Error.WriteLineAsync(
                $"aims: '{first}' is not available: this build of aims carries only the evidence commands (aims evidence --help).");
            return 2;
        }

        var root = new RootCommand("OpenAIMS command line, evidence-only build: computed evidence (fairness, drift, generate).")
        {
            EvidenceCommands.Create(),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = Console.Out, Error = Console.Error });
    }
}
