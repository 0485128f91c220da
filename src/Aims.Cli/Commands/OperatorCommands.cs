using System.CommandLine;
using Aims.Core.Access;
using Aims.Core.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Cli.Commands;

/// <summary>
/// Installation operator commands (direct database access): organizations for clients, accounts, memberships.
/// A consultant runs one installation for several client organizations with these.
/// </summary>
public static class OperatorCommands
{
    private static string Actor => "cli:" + Environment.UserName;

    public static Command Organizations(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Display name, e.g. 'Acme Robotics GmbH'.", Required = true };
        var slug = new Option<string>("--slug") { Description = "URL identifier, e.g. 'acme' (lower-case letters, digits, hyphens).", Required = true };
        var sector = new Option<string?>("--sector") { Description = "Industry sector (optional)." };
        var admin = new Option<string?>("--admin") { Description = "E-mail of an existing user to make Admin of the new organization." };
        var create = new Command("create", "Create an organization (a tenant with its own, isolated records).") { name, slug, sector, admin };
        create.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<InstallationAdminService>();
            var org = await service.CreateOrganizationAsync(Actor, parse.GetValue(name), parse.GetValue(slug), parse.GetValue(sector), ct);
            if (parse.GetValue(admin) is { Length: > 0 } email)
            {
                await service.SetMembershipAsync(Actor, org.Slug, email, Role.Admin, ct);
            }

            context.Output.WriteLine($"Created organization '{TerminalText.Escape(org.Name)}' ({org.Slug}).");
            return CliErrors.Ok;
        });

        var list = new Command("list", "List the organizations of this installation.");
        list.SetAction(async (_, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            foreach (var org in await scope.ServiceProvider.GetRequiredService<InstallationAdminService>().ListOrganizationsAsync(ct))
            {
                context.Output.WriteLine($"{org.Slug,-24} {TerminalText.Escape(org.Name)}");
            }

            return CliErrors.Ok;
        });

        var command = new Command("orgs", "Organizations (tenants) of this installation.");
        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        return command;
    }

    public static Command Users(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail.", Required = true };
        var displayName = new Option<string?>("--name") { Description = "Name shown in the UI." };
        var systemAdmin = new Option<bool>("--system-admin") { Description = "Operator of the installation (Admin in every organization)." };
        var create = new Command("create",
            "Create an account; prints a one-time password (or takes AIMS_NEW_PASSWORD); the user must change it at first sign-in.")
        {
            email, displayName, systemAdmin,
        };
        create.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            // A password on the command line would land in shell history; take it from the environment if given.
            var password = Environment.GetEnvironmentVariable("AIMS_NEW_PASSWORD");
            var (user, generated) = await scope.ServiceProvider.GetRequiredService<InstallationAdminService>()
                .CreateUserAsync(Actor, parse.GetValue(email), parse.GetValue(displayName), password, parse.GetValue(systemAdmin),
                    mustChangePassword: true, ct);
            context.Output.WriteLine($"Created user {TerminalText.Escape(user.Email)}.");
            if (generated is not null)
            {
                context.Output.WriteLine($"One-time password: {generated}");
            }

            return CliErrors.Ok;
        });
        var command = new Command("users", "Accounts that can sign in.");
        command.Subcommands.Add(create);
        command.Subcommands.Add(ResetPassword(context));
        return command;
    }

    private static Command ResetPassword(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "Sign-in e-mail of the account.", Required = true };
        var reset = new Command("reset-password",
            "Give an account a new password (printed once, or AIMS_NEW_PASSWORD); the user must change it at the next sign-in " +
            "and their open sessions end.") { email };
        reset.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            // Same reason as 'users create': a password typed on the command line would stay in shell history.
            var password = Environment.GetEnvironmentVariable("AIMS_NEW_PASSWORD");
            var (user, generated) = await scope.ServiceProvider.GetRequiredService<InstallationAdminService>()
                .ResetPasswordAsync(Actor, parse.GetValue(email), password, ct);
            context.Output.WriteLine($"Reset the password of {TerminalText.Escape(user.Email)}; it must be changed at the next sign-in.");
            if (generated is not null)
            {
                context.Output.WriteLine($"One-time password: {generated}");
            }

            return CliErrors.Ok;
        });
        return reset;
    }

    public static Command Members(CliContext context)
    {
        var org = new Option<string>("--org") { Description = "Organization slug.", Required = true };
        var user = new Option<string>("--user") { Description = "E-mail of the user.", Required = true };
        var role = new Option<Role>("--role") { Description = "Viewer, Auditor, Contributor, GovernanceLead or Admin.", Required = true };
        var add = new Command("add", "Give a user a role in an organization (or change their role).") { org, user, role };
        add.SetAction(async (parse, ct) =>
        {
            await using var services = context.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var membership = await scope.ServiceProvider.GetRequiredService<InstallationAdminService>()
                .SetMembershipAsync(Actor, parse.GetValue(org)!, parse.GetValue(user)!, parse.GetValue(role), ct);
            context.Output.WriteLine($"{TerminalText.Escape(parse.GetValue(user))} is now {membership.Role} in '{TerminalText.Escape(parse.GetValue(org))}'.");
            return CliErrors.Ok;
        });
        var command = new Command("members", "Memberships: who holds which role in which organization.");
        command.Subcommands.Add(add);
        return command;
    }
}
