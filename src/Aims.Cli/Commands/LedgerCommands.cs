using System.CommandLine;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Cli.Commands;

/// <summary><c>aims ledger …</c>: verify the tamper-evident ledger and sign its head.</summary>
public static class LedgerCommands
{
    public static Command Create(CliContext context)
    {
        var keysDir = new Option<string?>("--keys-dir")
        {
            Description = "Folder with ledger-signing.pub.pem (default: <data folder>/keys). Lets an auditor verify offline.",
        };
        var verify = new Command("verify", "Recompute the hash chain and check the signed checkpoints; exit 1 and name the first bad entry if any row was altered, deleted or reordered.")
        {
            keysDir,
        };
        verify.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            var result = await LedgerVerifier.VerifyAsync(db, ct);
            if (!result.IsIntact)
            {
                context.Error.WriteLine($"Ledger BROKEN at entry #{result.FirstBadSequence}: {result.Problem}.");
                context.Error.WriteLine($"{result.EntriesChecked} entries before it verified.");
                return CliErrors.Failed;
            }

            var folder = parse.GetValue(keysDir) ?? Path.Combine(context.Database.DataDirectory, "keys");
            using var key = LedgerSigningKey.LoadPublic(folder);
            var checkpointNote = "no signing key found, checkpoints not checked";
            if (key is not null)
            {
                var (checkedCount, problem) = await LedgerCheckpointService.VerifyAsync(db, key, ct);
                if (problem is not null)
                {
                    context.Error.WriteLine($"Ledger BROKEN: {problem}.");
                    return CliErrors.Failed;
                }

                checkpointNote = $"{checkedCount} signed checkpoint(s) valid";
            }
            else if (await db.LedgerCheckpoints.AnyAsync(ct))
            {
                context.Error.WriteLine($"Ledger has signed checkpoints but no public key was found in {folder}; pass --keys-dir.");
                return CliErrors.Failed;
            }

            context.Output.WriteLine($"Ledger intact: {result.EntriesChecked} entries verified, {checkpointNote} ({context.Database.Describe()}).");
            return CliErrors.Ok;
        });

        var checkpoint = new Command("checkpoint", "Sign the current chain head with the ledger key (the web host also does this hourly).");
        checkpoint.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            db.Actor = "cli:" + Environment.UserName;
            using var key = LedgerSigningKey.LoadOrCreate(Path.Combine(context.Database.DataDirectory, "keys"));
            var created = await LedgerCheckpointService.CreateAsync(db, key, ct);
            context.Output.WriteLine(created is null
                ? "Nothing to sign: the ledger is empty or its head is already checkpointed."
                : $"Signed checkpoint at entry #{created.Sequence} (key {created.KeyId[..16]}…).");
            return CliErrors.Ok;
        });
        var ledger = new Command("ledger", "The tamper-evident change ledger.");
        ledger.Subcommands.Add(verify);
        ledger.Subcommands.Add(checkpoint);
        return ledger;
    }
}
