using System.CommandLine;
using System.Text.Json;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Cli.Commands;

/// <summary><c>aims ledger …</c>: verify the tamper-evident ledger, sign and print its heads, export one chain.</summary>
public static class LedgerCommands
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create(CliContext context)
    {
        var ledger = new Command("ledger", "The tamper-evident change ledger: one hash chain per organization, signed checkpoints.");
        ledger.Subcommands.Add(LedgerVerifyCommand.Create(context));
        ledger.Subcommands.Add(Checkpoint(context));
        ledger.Subcommands.Add(Head(context));
        ledger.Subcommands.Add(Export(context));
        return ledger;
    }

    /// <summary>Signs the chains this CLI run wrote to (see <see cref="CliContext.CheckpointSignal"/>).</summary>
    public static async Task SignPendingAsync(CliContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.CheckpointSignal.HasPending)
        {
            return;
        }

        var chains = context.CheckpointSignal.Drain();
        await using var services = context.BuildServices();
        await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
        db.Actor = CliActor;
        var keys = context.LedgerKeys;
        using var key = keys.LoadOrCreate();
        await LedgerCheckpointService.SignPendingAsync(db, key, chains, keys.WitnessPath, ct);
    }

    internal static string CliActor => "cli:" + Environment.UserName;

    private static Command Checkpoint(CliContext context)
    {
        var command = new Command("checkpoint", "Sign every chain head not yet covered by a checkpoint (the web host does this after each commit).");
        command.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            db.Actor = CliActor;
            var keys = context.LedgerKeys;
            using var key = keys.LoadOrCreate();
            var created = await LedgerCheckpointService.SignPendingAsync(db, key, witnessPath: keys.WitnessPath, ct: ct);
            if (created.Count == 0)
            {
                context.Output.WriteLine("Nothing to sign: every chain head is already checkpointed.");
            }

            foreach (var c in created)
            {
                context.Output.WriteLine($"Signed checkpoint #{c.Number} of chain {c.Chain} at entry #{c.Sequence} (key {LedgerCheckpointVerifier.Abbreviate(c.KeyId)}).");
            }

            return CliErrors.Ok;
        });
        return command;
    }

    private static Command Head(CliContext context)
    {
        var org = new Option<string?>("--org") { Description = "Only this organization's chain (slug). Default: every chain." };
        var command = new Command("head", "Print a signed statement of each chain's current head as JSON; keep it outside the installation as a witness.")
        {
            org,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            db.Actor = CliActor;
            var keys = context.LedgerKeys;
            using var key = keys.LoadOrCreate();
            var slugs = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => LedgerChains.For(o.Id), o => o.Slug, ct);
            string? only = null;
            if (parse.GetValue(org) is { } slug)
            {
                only = slugs.FirstOrDefault(s => s.Value == slug).Key ?? throw new CliException($"--org: no organization '{slug}'.");
            }

            // The head is signed first, so the statement always covers the newest entry.
            await LedgerCheckpointService.SignPendingAsync(db, key, only is null ? null : [only], keys.WitnessPath, ct);
            var chains = only is null
                ? await db.LedgerCheckpoints.AsNoTracking().Select(c => c.Chain).Distinct().ToListAsync(ct)
                : [only];
            var newest = new List<LedgerCheckpoint>();
            foreach (var chain in chains)
            {
                if (await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == chain).OrderByDescending(c => c.Number)
                        .FirstOrDefaultAsync(ct) is { } checkpoint)
                {
                    newest.Add(checkpoint);
                }
            }

            var statements = newest.OrderBy(c => c.Chain, StringComparer.Ordinal)
                .Select(c => LedgerStatement.From(c, slugs.GetValueOrDefault(c.Chain))).ToList();
            var document = new LedgerHeadDocument(LedgerWitness.HeadFormat, key.KeyId,
                Aims.Core.Ledger.LedgerHasher.FormatTimestamp(db.Now()), statements);
            context.Output.WriteLine(JsonSerializer.Serialize(document, Pretty));
            return CliErrors.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "Organization slug whose chain to export.", Required = true };
        var output = new Option<string>("--out") { Description = "File to write (JSON lines).", Required = true };
        var command = new Command("export", "Write one organization's chain and its checkpoints to a file that 'aims ledger verify --file' checks offline.")
        {
            org, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            var slug = parse.GetValue(org)!;
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct)
                               ?? throw new CliException($"--org: no organization '{slug}'.");
            var chain = LedgerChains.For(organization.Id);
            var keys = context.LedgerKeys;
            using var key = keys.LoadOrCreate();
            await LedgerCheckpointService.SignPendingAsync(db, key, [chain], keys.WitnessPath, ct);
            var anchor = await AnchorStatementAsync(db, ct);
            var header = new LedgerExportHeader(LedgerExportFile.Format, chain, organization.Id, organization.Slug,
                Aims.Core.Ledger.LedgerHasher.FormatTimestamp(db.Now()), key.PublicKeyPem, anchor);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await using (var file = File.Create(path))
            {
                var (entries, checkpoints) = await LedgerExportFile.WriteAsync(db, chain, file, header, ct);
                context.Output.WriteLine($"Exported {entries} entries and {checkpoints} checkpoint(s) of {slug} to {path} (key {LedgerCheckpointVerifier.Abbreviate(key.KeyId)}).");
            }

            return CliErrors.Ok;
        });
        return command;
    }

    /// <summary>The newest checkpoint of the legacy chain, which every newer chain starts from; null without one.</summary>
    internal static async Task<LedgerStatement?> AnchorStatementAsync(AimsDbContext db, CancellationToken ct)
    {
        var closing = await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == LedgerChains.Legacy)
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        return closing is null ? null : LedgerStatement.From(closing);
    }
}
