using System.CommandLine;

namespace Aims.Evidence.Cli;

/// <summary>
/// The <c>evidence</c> command tree, built as a library so the product CLI mounts it as <c>aims evidence …</c> and
/// tests can invoke it in-process. Exit codes: 0 ok, 1 usage error, 2 input error, 3 breach with --fail-on-breach,
/// 4 unexpected internal error.
/// </summary>
public static class EvidenceCommands
{
    /// <summary>Creates the <c>evidence</c> command with its <c>fairness</c>, <c>drift</c> and <c>generate</c> subcommands.</summary>
    public static Command Create() => new("evidence", "Computed evidence: fairness and drift from prediction logs.")
    {
        FairnessCommand.Create(),
        DriftCommand.Create(),
        GenerateCommand.Create(),
    };
}
