using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Aims.Core.Context;
using Aims.Core.Leadership;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Aims.Core.Support;

namespace Aims.Cli.Commands;

/// <summary>
/// The registers that establish the AIMS over the REST API: <c>aims context-issues</c>, <c>ai-roles</c>, <c>interested-parties</c>,
/// <c>requirements</c>, <c>objectives</c> (with <c>measure</c>), <c>roles</c>, <c>raci</c>, <c>leadership-records</c>,
/// <c>staff</c> (the people register; <c>aims people</c> is the operator's erasure command), <c>competences</c>,
/// <c>changes</c> and <c>resources</c>, and <c>aims scope</c> (the published scope).
/// </summary>
public static class EstablishmentCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        var clock = TimeProvider.System;
        yield return EditedRegisterCommands.Create(context, ContextRegister.Create(clock), ContextIssueService.Form, "Context issues (4.1).");
        yield return EditedRegisterCommands.Create(context, AiRoleRegister.Definition, AiRoleService.Form,
            "The organization's AI roles (ISO/IEC 22989) and EU AI Act operator roles (4.1).");
        yield return EditedRegisterCommands.Create(context, PartyRegisters.Parties, InterestedPartyService.Form, "Interested parties (4.2).");
        yield return EditedRegisterCommands.Create(context, PartyRegisters.Requirements, PartyRequirementService.Form,
            "Requirements of interested parties (4.2).");
        var objectives = EditedRegisterCommands.Create(context, ObjectiveRegister.Create(clock), ObjectiveService.Form, "AI objectives (6.2).");
        objectives.Subcommands.Add(Measure(context));
        yield return objectives;
        yield return EditedRegisterCommands.Create(context, LeadershipRegisters.Roles, AimsRoleService.Form, "AIMS roles (5.3).");
        yield return EditedRegisterCommands.Create(context, LeadershipRegisters.Raci, RaciService.Form, "The RACI of AIMS activities (5.3).");
        yield return EditedRegisterCommands.Create(context, LeadershipRegisters.Records, LeadershipRecordService.Form, "Leadership records (5.1).");
        var staff = EditedRegisterCommands.Create(context, SupportRegisters.People(clock), PersonService.Form,
            "People who work under the AIMS, with their roles and competence gaps (7.2; API register 'people').");
        yield return Renamed(staff, "staff");
        yield return EditedRegisterCommands.Create(context, SupportRegisters.Competences(clock), CompetenceService.Form, "Competence records (7.2).");
        yield return EditedRegisterCommands.Create(context, SupportRegisters.Changes(clock), PlannedChangeService.Form, "Planned changes (6.3).");
        yield return EditedRegisterCommands.Create(context, SupportRegisters.Resources, AimsResourceService.Form, "Resources (7.1).");
        yield return EditedRegisterCommands.Create(context, CommunicationRegisters.Plan(clock), CommunicationPlanService.Form,
            "The communication plan: what, when, with whom, how and by whom (7.4).");
        yield return EditedRegisterCommands.Create(context, CommunicationRegisters.Records, CommunicationRecordService.Form,
            "Communications made, with their evidence (7.4).");
        yield return EditedRegisterCommands.Create(context, Core.Datasets.DatasetRegister.Definition, Core.Datasets.DatasetService.Form,
            "The data register: datasets with provenance, acquisition, personal data, quality and preparation (A.7).");
        yield return EditedRegisterCommands.Create(context, Core.ThirdParties.ThirdPartyRegister.Create(clock), Core.ThirdParties.ThirdPartyService.Form,
            "Suppliers, customers and partners, with the responsibility matrix, due diligence and review date (A.10).");
        yield return Scope(context);
    }

    // The register's API name stays "people"; only the command is named apart from the operator's "aims people".
    private static Command Renamed(Command command, string name)
    {
        var renamed = new Command(name, command.Description);
        foreach (var sub in command.Subcommands)
        {
            renamed.Subcommands.Add(sub);
        }

        return renamed;
    }

    private static Command Measure(CliContext context)
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = "The objective's id." };
        var value = new Option<string>("--value") { Description = "The measured value of the KPI.", Required = true };
        var on = new Option<string?>("--measured-on") { Description = "The day it speaks for (yyyy-mm-dd; default today)." };
        var source = new Option<string>("--source") { Description = "Where the value comes from.", Required = true };
        var evidence = new Option<Guid?>("--evidence-id") { Description = "An evidence item that shows it (e.g. a computed fairness document)." };
        var note = new Option<string?>("--note") { Description = "A note." };
        var measure = new Command("measure", "Record a measurement of the objective's KPI; prints its progress.") { id, value, on, source, evidence, note };
        api.AddTo(measure);
        measure.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(value)!;
            object number = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : text;
            using var client = api.Client(context, parse);
            var objective = await client.SendJsonAsync<JsonElement>(HttpMethod.Post, $"{api.OrgPath(parse)}/objectives/{parse.GetValue(id):D}/measurements",
                new Dictionary<string, object?>
                {
                    ["value"] = number,
                    ["measuredOn"] = parse.GetValue(on) ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["source"] = parse.GetValue(source), ["evidenceId"] = parse.GetValue(evidence), ["note"] = parse.GetValue(note),
                }, EditedRegisterCommands.OptionName, ct);
            var progress = objective.GetProperty("progress");
            context.Output.WriteLine($"{progress.GetProperty("status").GetString()}: {progress.GetProperty("reason").GetString()}");
            return CliErrors.Ok;
        });
        return measure;
    }

    private static Command Scope(CliContext context)
    {
        var api = new ApiOptions();
        var json = new Option<bool>("--json") { Description = "Print the raw JSON." };
        var show = new Command("show", "The scope in force: the published version of the scope document.") { json };
        api.AddTo(show);
        show.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var scope = await client.GetAsync<JsonElement>($"{api.OrgPath(parse)}/scope", ct);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(scope, ApiClient.Json));
                return CliErrors.Ok;
            }

            context.Output.WriteLine($"AIMS scope, version {scope.GetProperty("version").GetInt32()} (published {scope.GetProperty("publishedAt").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd})");
            foreach (var (label, key) in new[] { ("AI systems", "aiSystemNames"), ("Units", "units"), ("Locations", "locations"), ("Activities", "activities") })
            {
                context.Output.WriteLine($"{label}: {TerminalText.Escape(string.Join("; ", scope.GetProperty(key).EnumerateArray().Select(e => e.GetString())))}");
            }

            foreach (var exclusion in scope.GetProperty("exclusions").EnumerateArray())
            {
                context.Output.WriteLine(TerminalText.Escape($"Excluded: {exclusion.GetProperty("what").GetString()} — {exclusion.GetProperty("justification").GetString()}"));
            }

            return CliErrors.Ok;
        });
        var command = new Command("scope", "The AIMS scope (4.3).");
        command.Subcommands.Add(show);
        return command;
    }
}
