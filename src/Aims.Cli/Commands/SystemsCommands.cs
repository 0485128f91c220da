using System.CommandLine;
using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Lifecycle;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims ai-systems list|get|export|create|stage|artefacts</c> (also <c>aims systems …</c>): the AI system register
/// over the REST API. List, get and export are the shared register verbs; create, the move through a life-cycle gate
/// and filing artefacts are this register's own.
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
        var stage = new Option<LifecycleStage?>("--stage")
        {
            Description = "Life-cycle stage to start in (default Inception); a later one needs --stage-reason.",
        };
        var stageReason = new Option<string?>("--stage-reason") { Description = "Why the system starts past inception (recorded as an exception)." };
        var owner = new Option<Guid?>("--owner") { Description = "Owner's user id (default: the token's user)." };
        var create = new Command("create", "Register an AI system; prints its id.") { name, purpose, intendedUse, stage, stageReason, owner };
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
                InitialStageReason = parse.GetValue(stageReason),
                OwnerId = parse.GetValue(owner),
            };
            var created = await client.PostAsync<AiSystemView>($"{api.OrgPath(parse)}/ai-systems", input, ct);
            context.Output.WriteLine(created.Id.ToString("D"));
            return CliErrors.Ok;
        });
        command.Subcommands.Add(create);
        command.Subcommands.Add(MoveCommand(context));
        command.Subcommands.Add(ArtefactCommand(context));
        command.Subcommands.Add(ImportCommand.Create(context, AiSystemRegister.Definition.Name, AiSystemRegister.Definition.Noun));
        command.Subcommands.Add(EuAiActCommand.Create(context));
        return command;
    }

    /// <summary><c>aims ai-systems stage ID --to deployment</c>: the move through the gate; a refusal lists the missing artefacts.</summary>
    private static Command MoveCommand(CliContext context)
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = "The AI system's id." };
        var to = new Option<LifecycleStage>("--to") { Description = "The stage to enter.", Required = true };
        var reason = new Option<string?>("--exception-reason")
        {
            Description = "Go ahead without every required artefact, or past a gate, for this reason (recorded).",
        };
        var note = new Option<string?>("--note") { Description = "A note kept with the step." };
        var command = new Command("stage", "Move an AI system to another life-cycle stage through its gate; prints the new stage.") { id, to, reason, note };
        api.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var moved = await client.PostAsync<LifecycleView>($"{api.OrgPath(parse)}/ai-systems/{parse.GetValue(id):D}/stage",
                new StageMoveInput(parse.GetValue(to), parse.GetValue(reason), parse.GetValue(note)), ct);
            context.Output.WriteLine(Aims.Core.Common.ApiNames.Of(moved.Stage));
            return CliErrors.Ok;
        });
        return command;
    }

    /// <summary><c>aims ai-systems artefacts add ID --kind deploymentPlan --document DOC</c>: file an artefact; prints its id.</summary>
    private static Command ArtefactCommand(CliContext context)
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = "The AI system's id." };
        var kind = new Option<ArtefactKind>("--kind") { Description = "The artefact kind (requirementsSpecification … retirementPlan).", Required = true };
        var document = new Option<Guid?>("--document") { Description = "A controlled document's id." };
        var evidence = new Option<Guid?>("--evidence") { Description = "Or an evidence item's id." };
        var add = new Command("add", "File a document or evidence item as one of the system's life-cycle artefacts; prints its id.")
        {
            id, kind, document, evidence,
        };
        api.AddTo(add);
        add.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var added = await client.PostAsync<ArtefactView>($"{api.OrgPath(parse)}/ai-systems/{parse.GetValue(id):D}/artefacts",
                new ArtefactInput(parse.GetValue(kind), parse.GetValue(document), parse.GetValue(evidence)), ct);
            context.Output.WriteLine(added.Id.ToString("D"));
            return CliErrors.Ok;
        });
        return new Command("artefacts", "Life-cycle artefacts of an AI system.") { add };
    }
}
