using Aims.Core.Common;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;

namespace Aims.Core.AiSystems.Profile;

/// <summary>
/// The fields of an AI system's profile, in form order (the UI's dialog and the API's field names), the rules they
/// are checked by, and how an accepted input is written onto the system.
/// </summary>
public static class AiSystemProfileForm
{
    public const int MaxComponents = 50;

    public static IReadOnlyList<RegisterField> Fields { get; } =
    [
        RegisterField.Choice<AiSystemType>("systemType", "Type of system", ProfileLabels.Type, required: false,
            "What it is built as. A generative or agentic system brings questions about prompts, tools and model changes; a third-party service about the supplier."),
        RegisterField.Paragraphs("description", "Description", help: "What the system does and how, in a few sentences a newcomer understands (A.6.2.7 technical documentation starts here)."),
        RegisterField.Paragraphs("capabilities", "Functionalities and capabilities", help: "What it can do, including what it can do beyond the intended use."),
        RegisterField.Paragraphs("intendedUsers", "Intended users", help: "Who uses its output and what they are trained or told (A.9.4)."),
        RegisterField.Paragraphs("affectedPersons", "Affected persons", help: "Who its results concern besides its users: applicants, customers, employees, the public."),
        RegisterField.Paragraphs("foreseeableMisuse", "Reasonably foreseeable misuse", help:
            "How people could use it in ways it is not meant for, and what stops that. An auditor asks how you thought about this."),
        RegisterField.Choice<AutonomyLevel>("autonomyLevel", "Level of autonomy", ProfileLabels.Autonomy, required: false,
            "How far it acts without a person; the more it does alone, the more the oversight below must say."),
        RegisterField.Text("humanOversightWho", "Human oversight: who", help: "The role that oversees it (A.9.2 responsible use): for example the underwriter on duty."),
        RegisterField.Paragraphs("humanOversightHow", "Human oversight: how", help: "What they see and can do: review, override, stop."),
        RegisterField.Paragraphs("humanOversightWhen", "Human oversight: when they can intervene", help: "Before each decision, on alerts, at any time through a stop switch…"),
        RegisterField.Lines("geographies", "Where it is used", "Countries or regions, one per line."),
        RegisterField.Lines("languages", "Languages", "Languages it works in, one per line."),
        RegisterField.Lines("channels", "Channels", "How people reach it: web app, e-mail, call centre, API… one per line."),
        RegisterField.Entries("components", "Components and models",
            [new FieldChoice("name", "Name"), new FieldChoice("version", "Version"), new FieldChoice("provenance", "Provenance"),
                new FieldChoice("supplier", "Supplier (blank if in-house)")],
            "The models and components it is built from, with their version and where they come from; name the supplier of a third-party one."),
        RegisterField.Paragraphs("responsibleUseObjectives", "Objectives for responsible use", help:
            "What this system must achieve to be developed and used responsibly (A.6.1.2, A.9.3): fairness, explainability, robustness targets."),
        RegisterField.References("documentIds", "Documents", "documents", "Controlled documents about this system: specification, design record, plans."),
        RegisterField.References("evidenceIds", "Evidence", "evidence", "Test reports, monitoring results, computed fairness or drift documents."),
    ];

    public static RegisterField Field(string key) => Fields.First(f => f.Key == key);

    public static FieldErrors Check(AiSystemProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Choice(Field("systemType"), input.SystemType);
        errors.Choice(Field("autonomyLevel"), input.AutonomyLevel);
        foreach (var (key, value) in new[]
                 {
                     ("description", input.Description), ("capabilities", input.Capabilities), ("intendedUsers", input.IntendedUsers),
                     ("affectedPersons", input.AffectedPersons), ("foreseeableMisuse", input.ForeseeableMisuse),
                     ("humanOversightWho", input.HumanOversightWho), ("humanOversightHow", input.HumanOversightHow),
                     ("humanOversightWhen", input.HumanOversightWhen), ("responsibleUseObjectives", input.ResponsibleUseObjectives),
                 })
        {
            errors.Text(Field(key), value);
        }

        errors.Lines(Field("geographies"), input.Geographies);
        errors.Lines(Field("languages"), input.Languages);
        errors.Lines(Field("channels"), input.Channels);
        CheckComponents(input.Components, errors);
        errors.Ids(Field("documentIds"), input.DocumentIds);
        errors.Ids(Field("evidenceIds"), input.EvidenceIds);
        return errors;
    }

    public static void Apply(AiSystem system, AiSystemProfileInput input)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(input);
        system.SystemType = input.SystemType;
        system.Description = Clean(input.Description);
        system.Capabilities = Clean(input.Capabilities);
        system.IntendedUsers = Clean(input.IntendedUsers);
        system.AffectedPersons = Clean(input.AffectedPersons);
        system.ForeseeableMisuse = Clean(input.ForeseeableMisuse);
        system.AutonomyLevel = input.AutonomyLevel;
        system.HumanOversightWho = Clean(input.HumanOversightWho);
        system.HumanOversightHow = Clean(input.HumanOversightHow);
        system.HumanOversightWhen = Clean(input.HumanOversightWhen);
        system.Geographies = ProfileLists.Store(Trimmed(input.Geographies));
        system.Languages = ProfileLists.Store(Trimmed(input.Languages));
        system.Channels = ProfileLists.Store(Trimmed(input.Channels));
        system.Components = ProfileLists.Store((input.Components ?? []).Select(c =>
            new AiSystemComponent(c!.Name!.Trim(), Clean(c.Version), Clean(c.Provenance), Clean(c.Supplier))).ToList());
        system.ResponsibleUseObjectives = Clean(input.ResponsibleUseObjectives);
    }

    /// <summary>What an auditor sampling the system will ask for and its profile does not record yet, in words.</summary>
    public static IReadOnlyList<string> Missing(AiSystemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return
        [
            .. new (string Label, bool Present)[]
            {
                ("type", view.SystemType is not null), ("intended users", view.IntendedUsers is not null),
                ("affected persons", view.AffectedPersons is not null), ("foreseeable misuse", view.ForeseeableMisuse is not null),
                ("autonomy", view.AutonomyLevel is not null), ("who oversees it", view.HumanOversightWho is not null),
                ("our role (AI roles register)", view.AiRoles.Count > 0),
            }.Where(f => !f.Present).Select(f => f.Label),
        ];
    }

    private static void CheckComponents(IReadOnlyList<AiSystemComponentInput?>? components, FieldErrors errors)
    {
        if (components is null)
        {
            return;
        }

        if (components.Count > MaxComponents)
        {
            errors.Add("components", $"At most {MaxComponents} components ({components.Count} given).");
            return;
        }

        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            if (string.IsNullOrWhiteSpace(c?.Name))
            {
                errors.Add($"components[{i}].name", $"Component {i + 1}: give its name.");
            }
            else if (TextRules.Problem($"Component {i + 1}", c.Name.Trim(), TextKind.Name, DomainRules.NameMaxLength) is { } problem)
            {
                errors.Add($"components[{i}].name", problem);
            }

            foreach (var (part, label, value) in new[] { ("version", "Version", c?.Version), ("provenance", "Provenance", c?.Provenance), ("supplier", "Supplier", c?.Supplier) })
            {
                if (!string.IsNullOrWhiteSpace(value) &&
                    TextRules.Problem($"{label} of component {i + 1}", value.Trim(), TextKind.Name, DomainRules.NameMaxLength) is { } partProblem)
                {
                    errors.Add($"components[{i}].{part}", partProblem);
                }
            }
        }
    }

    private static List<string>? Trimmed(IReadOnlyList<string>? lines) => lines?.Select(l => l.Trim()).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
