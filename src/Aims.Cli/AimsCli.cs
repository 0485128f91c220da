using System.CommandLine;
using Aims.Cli.Commands;
using Aims.Evidence.Cli;

namespace Aims.Cli;

/// <summary>
/// <c>aims</c>: administration (migrate, ledger verify, tokens), API client commands (systems, documents, evidence-items) and the computed
/// evidence engine. Runs in-process for tests via <see cref="RunAsync"/>.
/// </summary>
public static class AimsCli
{
    public static Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The evidence engine needs neither the database nor configuration; skipping both keeps CI gates fast.
        if (args.Length > 0 && args[0] == "evidence")
        {
            return RunEvidenceAsync(args, Console.Out, Console.Error);
        }

        return RunAsync(args, new CliContext(Console.Out, Console.Error, CliContext.DefaultConfiguration()));
    }

    public static async Task<int> RunEvidenceAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var root = new RootCommand("OpenAIMS command line: administration, API client and computed evidence.")
        {
            EvidenceCommands.Create(),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("OpenAIMS command line: administration, API client and computed evidence.")
        {
            AdminCommands.Migrate(context),
            LedgerCommands.Create(context),
            AdminCommands.Tokens(context),
            OperatorCommands.Organizations(context),
            OperatorCommands.Users(context),
            OperatorCommands.Members(context),
            PeopleCommands.Create(context),
            SystemsCommands.Create(context),
            EvidenceItemsCommands.Create(context),
            DocumentsCommands.Create(context),
            ReadinessCommands.Create(context),
            EvidenceCommands.Create(),
        };
        foreach (var command in EstablishmentCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        try
        {
            var code = await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            }, ct);
            // What this run committed is signed before it exits, so a CLI write leaves no unsigned tail behind.
            await LedgerCommands.SignPendingAsync(context, ct);
            return code;
        }
#pragma warning disable CA1031 // The CLI's contract is a message and an exit code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CliErrors.Report(context.Error, ex);
        }
    }
}
