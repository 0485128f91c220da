using System.CommandLine;
using Aims.Core.AiSystems;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims ai-systems list|get|export|create</c> (also <c>aims systems …</c>): the AI system register over the REST
/// API. List, get and export are the shared register verbs; create is this register's own.
/// </summary>
public static class SystemsCommands
{
    public static Command Create(CliContext context)
    {
        var command = RegisterCommands.Create(context, AiSystemRegister.Definition, "The AI system register (via the REST API).");
        command.Aliases.Add("systems");

        var api = new ApiOptions();
        var name = new Option<string>("--name") { Description = "Name of the AI system.", Required = true };
        var purpose = new Option<string?>("--purpose") { Description = "What the system is for." };
        var intendedUse = new Option<string?>("--intended-use") { Description = "How it is meant to be used (A.9.4)." };
        var stage = new Option<LifecycleStage?>("--stage") { Description = "Life-cycle stage (default Inception)." };
        var owner = new Option<Guid?>("--owner") { Description = "Owner's user id (default: the token's user)." };
        var create = new Command("create", "Register an AI system; prints its id.") { name, purpose, intendedUse, stage, owner };
        api.AddTo(create);
        create.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var input = new AiSystemInput
            {
                Name = parse.GetValue(name),
                Purpose = parse.GetValue(purpose),
                IntendedUse = parse.GetValue(intendedUse),
                LifecycleStage = parse.GetValue(stage),
                OwnerId = parse.GetValue(owner),
            };
            var created = await client.PostAsync<AiSystemView>($"{api.OrgPath(parse)}/ai-systems", input, ct);
            context.Output.WriteLine(created.Id.ToString("D"));
            return CliErrors.Ok;
        });
        command.Subcommands.Add(create);
        return command;
    }
}
