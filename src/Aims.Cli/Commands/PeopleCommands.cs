using System.CommandLine;
using Aims.Core.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Cli.Commands;

/// <summary>Operator commands about people as data subjects: <c>aims people erase</c> (GDPR Art. 17).</summary>
public static class PeopleCommands
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var email = new Option<string>("--email") { Description = "Sign-in e-mail of the person to erase.", Required = true };
        var reason = new Option<string?>("--reason")
        {
            Description = "Why (e.g. the request's reference); ledgered with the erasure, so write no personal data here.",
        };
        var erase = new Command("erase",
            "Erase a person: their account becomes a pseudonym, memberships end, tokens are revoked and the key of their " +
            "ledgered personal data is destroyed; the ledger still verifies and records the erasure.")
        {
            email, reason,
        };
        erase.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PersonErasureService>()
                .EraseAsync("cli:" + Environment.UserName, parse.GetValue(email), parse.GetValue(reason), ct);
            context.Output.WriteLine($"Erased person {result.UserId:D} (erasure record {result.ErasureId:D}).");
            if (!result.HadPersonKey)
            {
                context.Output.WriteLine("WARNING: this person's ledger entries predate encrypted personal fields and still hold " +
                                         "their old values in clear; they cannot be removed without breaking the chain.");
            }

            return CliErrors.Ok;
        });
        var command = new Command("people", "People as data subjects (erasure).");
        command.Subcommands.Add(erase);
        return command;
    }
}
