using System.CommandLine;
using System.Globalization;
using Aims.Core.Data;
using Aims.Core.Ledger;

namespace Aims.Cli.Commands;

/// <summary>
/// The reconciliation step of <c>aims ledger verify</c>: after the chain and its checkpoints hold, the live tables must
/// hold exactly what the ledger implies. Kept apart from the chain checks so each can change on its own.
/// </summary>
public static class LedgerReconcileStep
{
    /// <summary>Differences printed before the rest are summarized by count (all of them are counted).</summary>
    private const int Shown = 50;

    public static Option<string?> DigestKeyOption() => new("--digest-key")
    {
        Description = "File with the ledger digest key (default: Aims:Ledger:DigestKey, Aims:Ledger:DigestKeyPath or " +
                      "<data folder>/keys/ledger-digest.key). Without it secret fields cannot be checked, and verify says so.",
    };

    /// <summary>
    /// Starts the comparison on its own context, so it runs beside the chain walk (both read every ledger row, each on
    /// its own core); <see cref="Report"/> prints the outcome once the chain checks have printed theirs.
    /// </summary>
    public static Task<LedgerReconciliation> Start(CliContext context, AimsDbContext db, string? digestKeyPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var digestKey = digestKeyPath is { Length: > 0 }
            ? LedgerDigestKey.Load(digestKeyPath) ?? throw new CliException($"No ledger digest key at {Path.GetFullPath(digestKeyPath)}.")
            : LedgerDigestKey.Find(context.Configuration, context.Database.DataDirectory);
        return Task.Run(() => LedgerReconciler.ReconcileAsync(db, digestKey, ct), ct);
    }

    /// <summary>Prints the outcome; returns null when the tables match the ledger, else the exit code.</summary>
    public static int? Report(CliContext context, LedgerReconciliation result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var secrets = result.SecretsUnchecked > 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"{result.SecretsUnchecked} secret field(s) NOT checked because {result.SecretsUncheckedReason}; {result.SecretsChecked} checked")
            : string.Create(CultureInfo.InvariantCulture, $"{result.SecretsChecked} secret field(s) checked by digest");
        if (!result.IsClean)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Ledger and tables DISAGREE: {result.Differences.Count} difference(s) between the live tables and the state the ledger implies:"));
            foreach (var difference in result.Differences.Take(Shown))
            {
                context.Error.WriteLine("  " + difference);
            }

            if (result.Differences.Count > Shown)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  … and {result.Differences.Count - Shown} more (not shown)."));
            }

            context.Error.WriteLine($"({secrets}.)");
            return CliErrors.Failed;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tables match the ledger: {result.EntriesReplayed} entries replayed, {result.RowsCompared} rows in {result.TablesCompared} tables compared, {secrets}."));
        if (result.SecretsUnchecked > 0)
        {
            context.Output.WriteLine("WARNING: secrets were not verified; a replaced password or token hash would go unseen. " +
                                     "Pass --digest-key to check them.");
        }

        return null;
    }
}
