using System.CommandLine;
using System.Globalization;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims ledger verify</c>, as a sequence of steps: choose the trusted key, load what is to be verified (the database,
/// one organization's chain, or an export file), walk the chains, check the checkpoints, compare with witnesses. Each
/// step adds problems; any problem means exit 1 with every problem named.
/// </summary>
public static class LedgerVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var options = new VerifyOptions();
        var verify = new Command("verify",
            "Recompute every chain, check its signed checkpoints and compare every ledgered table with the state the ledger implies; exit 1 naming each problem (altered, deleted, reordered or appended rows, removed or forged checkpoints, a replaced key, a witnessed head that is gone, a table row the ledger does not account for).");
        options.AddTo(verify);
        verify.SetAction(async (parse, ct) => await RunAsync(context, options.Read(parse), ct));
        return verify;
    }

    private static async Task<int> RunAsync(CliContext context, VerifyRequest request, CancellationToken ct)
    {
        if (request.File is not null && request.Organization is not null)
        {
            throw new CliException("--file and --org cannot be combined: an export file holds one organization already.");
        }

        using var export = request.File is null ? null : await LedgerExportFile.OpenAsync(request.File, ct);
        await using var services = export is null ? context.BuildServices() : null;
        await using var db = services is null ? null : await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);

        // Step 1: the key signatures are checked against, pinned by the auditor or found here.
        using var key = TrustedKey.Resolve(context, request, export?.Header.PublicKey, out var keyProblem, out var keyNote);
        var problems = new List<LedgerProblem>();
        if (keyProblem is not null)
        {
            problems.Add(keyProblem);
        }

        // Step 2: what is verified, and where new chains must start.
        var source = export is not null
            ? await VerifySource.FromExportAsync(export, key, ct)
            : await VerifySource.FromDatabaseAsync(db!, request.Organization, key, ct);
        problems.AddRange(source.Problems);
        var witnesses = request.Witnesses.SelectMany(LedgerWitness.Read).Where(w => source.InScope(w.Chain)).ToList();

        // Step 6 starts now, beside steps 3-5: the live tables must hold exactly what the ledger implies. It needs the
        // whole database (an export or one organization's chain cannot account for rows of the others).
        await using var reconcileDb = db is null || request.Organization is not null || request.ChainsOnly
            ? null
            : await services!.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
        var reconciliation = reconcileDb is null ? null : LedgerReconcileStep.Start(context, reconcileDb, request.DigestKey, ct);

        // Step 3: every chain, entry by entry.
        var wanted = Wanted(source.Checkpoints, witnesses);
        var walk = await LedgerVerifier.WalkAsync(source.Entries, source.Anchor, wanted, ct);
        problems.AddRange(walk.Problems);

        // Step 4: checkpoints — numbered, chained, matching the entries, the newest signed, no old unsigned tail.
        var now = db?.Now() ?? TimeProvider.System.GetUtcNow();
        var checkpoints = LedgerCheckpointVerifier.Verify(walk, source.Checkpoints, key, request.Grace, now);
        problems.AddRange(checkpoints.Problems);

        // Step 5: witnesses saved outside the database must still be in the chains.
        problems.AddRange(LedgerWitnessVerifier.Verify(walk, source.Checkpoints, witnesses, key));

        var code = Report(context, source, walk, checkpoints, witnesses.Count, problems, keyNote);
        if (reconciliation is null)
        {
            if (db is not null && request.ChainsOnly)
            {
                context.Output.WriteLine("Tables NOT compared with the ledger (--chains-only).");
            }

            return code;
        }

        var reconciled = LedgerReconcileStep.Report(context, await reconciliation);
        return code != CliErrors.Ok ? code : reconciled ?? CliErrors.Ok;
    }

    private static int Report(CliContext context, VerifySource source, LedgerWalk walk, LedgerCheckpointReport checkpoints,
        int witnesses, List<LedgerProblem> problems, string keyNote)
    {
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"Ledger BROKEN: {source.Describe(problem.Chain)}: {problem.Message}.");
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{problems.Count} problem(s) found in {walk.EntriesChecked} entries of {walk.Chains.Count} chain(s) ({source.Description})."));
            return CliErrors.Failed;
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ledger intact: {walk.EntriesChecked} entries in {walk.Chains.Count} chain(s) verified, {checkpoints.Checked} signed checkpoint(s) valid ({checkpoints.SignaturesChecked} signature(s) checked), {witnesses} witness statement(s) found; {keyNote} ({source.Description})."));
        return CliErrors.Ok;
    }

    private static Dictionary<string, HashSet<long>> Wanted(IEnumerable<LedgerCheckpoint> checkpoints, IEnumerable<LedgerStatement> witnesses)
    {
        var wanted = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        HashSet<long> For(string chain)
        {
            if (!wanted.TryGetValue(chain, out var set))
            {
                // Entry 1's time decides whether a chain without checkpoints is merely too young to be signed yet.
                wanted[chain] = set = [1];
            }

            return set;
        }

        foreach (var checkpoint in checkpoints)
        {
            For(checkpoint.Chain).Add(checkpoint.Sequence);
            For(checkpoint.Chain).Add(checkpoint.Sequence + 1); // where an unsigned tail would start
        }

        foreach (var witness in witnesses)
        {
            For(witness.Chain).Add(witness.Sequence);
        }

        return wanted;
    }
}
