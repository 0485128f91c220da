using System.CommandLine;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aims.Cli.Commands;

/// <summary>Commands that work directly on the database: migrate, ledger verify, tokens.</summary>
public static class AdminCommands
{
    public static Command Migrate(CliContext context)
    {
        var command = new Command("migrate", "Apply pending database migrations (the web host also does this on start).");
        command.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            context.Output.WriteLine(pending.Count == 0
                ? $"Database is up to date: {context.Database.Describe()}"
                : $"Applied {pending.Count} migration(s) to {context.Database.Describe()}: {string.Join(", ", pending)}");
            // The same data step the web host runs on start; an operator migrating by hand sees each rename here.
            var renames = await AiSystemNameKeyBackfill.RunAsync(db,
                services.GetRequiredService<ILoggerFactory>().CreateLogger("Aims.Cli.Migrate"), ct);
            foreach (var rename in renames)
            {
                context.Output.WriteLine(
                    $"Renamed AI system {rename.SystemId:D} from '{TerminalText.Escape(rename.OldName)}' to '{TerminalText.Escape(rename.NewName)}': AI system {rename.KeptById:D} has the same name.");
            }
            return CliErrors.Ok;
        });
        return command;
    }

    public static Command Ledger(CliContext context)
    {
        var keysDir = new Option<string?>("--keys-dir")
        {
            Description = "Folder with ledger-signing.pub.pem (default: <data folder>/keys). Lets an auditor verify offline.",
        };
        var digestKey = LedgerReconcileStep.DigestKeyOption();
        var verify = new Command("verify", "Recompute the hash chain, check the signed checkpoints and compare every ledgered table with the state the ledger implies; exit 1 naming what does not hold.")
        {
            keysDir, digestKey,
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
            return await LedgerReconcileStep.RunAsync(context, db, parse.GetValue(digestKey), ct) ?? CliErrors.Ok;
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

    public static Command Tokens(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "Organization slug the token is limited to.", Required = true };
        var role = new Option<Role>("--role") { Description = "Role the token acts with (Viewer, Auditor, Contributor, GovernanceLead, Admin).", Required = true };
        var user = new Option<string>("--user") { Description = "E-mail of the member the token acts for.", Required = true };
        var expires = new Option<string>("--expires")
        {
            Description = $"Days until the token expires, 1 to {ApiTokenService.MaxLifetimeDays}, or 'never' (default: {ApiTokenService.DefaultLifetimeDays}).",
            DefaultValueFactory = _ => ApiTokenService.DefaultLifetimeDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var name = new Option<string?>("--name") { Description = "A label to tell tokens apart." };
        var create = new Command("create", "Issue an API token and print only the token (store it now: it is not shown again).")
        {
            org, role, user, expires, name,
        };
        create.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            // Text, not System.CommandLine's int binding, so "abc", 0 or 99999 get Core's message (as in the UI) along
            // with every other bad option.
            var tokens = services.GetRequiredService<ApiTokenService>();
            var issued = await tokens.CreateAsync(parse.GetValue(org)!, parse.GetValue(role), parse.GetValue(user)!,
                parse.GetValue(expires), actor: "cli:" + Environment.UserName, parse.GetValue(name), ct);
            context.Output.WriteLine(issued.Value);
            return CliErrors.Ok;
        });

        var listOrg = new Option<string>("--org") { Description = "Organization slug.", Required = true };
        var list = new Command("list", "List an organization's tokens (never their values).") { listOrg };
        list.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            var all = await services.GetRequiredService<ApiTokenService>().ListAsync(parse.GetValue(listOrg)!, ct);
            var now = DateTimeOffset.UtcNow;
            foreach (var t in all)
            {
                var state = t.StateAt(now).ToString().ToLowerInvariant();
                context.Output.WriteLine($"{t.Id}  {t.Prefix}…  {t.Role,-14} {state,-8} {TerminalText.Escape(t.Name)}");
            }

            return CliErrors.Ok;
        });

        var id = new Argument<Guid>("id") { Description = "Token id (from 'aims tokens list')." };
        var revoke = new Command("revoke", "Revoke a token immediately.") { id };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await services.GetRequiredService<ApiTokenService>().RevokeAsync(parse.GetValue(id), "cli:" + Environment.UserName, ct);
            context.Output.WriteLine("Token revoked.");
            return CliErrors.Ok;
        });

        var command = new Command("tokens", "API tokens for automation (scoped to one organization and role).");
        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        command.Subcommands.Add(revoke);
        return command;
    }
}
