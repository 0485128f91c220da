using Aims.Catalogs.EuAiAct;
using Aims.Core.Common;
using Aims.Core.Context;
using Aims.Core.Registers.Editing;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>One question: its answer key, the wording, help, how it is answered and its options.</summary>
/// <param name="Kind">"boolean", "choice" (one key), "choices" (a list of keys) or "text".</param>
/// <param name="AskWhen">The answer key that must be true for the question to matter, if any.</param>
public sealed record EuAiActQuestion(string Key, string Text, string Help, string Kind, IReadOnlyList<EuAiActOption> Options, string? AskWhen = null);

/// <summary>The questionnaire served at <c>GET /api/v1/catalogs/eu-ai-act</c>: the rules version and the questions in order.</summary>
public sealed record EuAiActQuestionnaireView(string Id, string Version, string Title, string Note, IReadOnlyList<EuAiActQuestion> Questions,
    EuAiActDates Dates, IReadOnlyList<EuAiActObligation> Obligations);

/// <summary>The guided questionnaire, built from the rules so a new version brings its own options.</summary>
public static class EuAiActQuestionnaire
{
    /// <summary>The questions as form fields (the page's dialog), keyed like the answers.</summary>
    public static IReadOnlyList<RegisterField> Fields(EuAiActCatalog rules) =>
    [
        .. For(rules).Questions.Select(q => new RegisterField(q.Key, q.Text, q.Kind switch
        {
            "boolean" => FieldKind.Switch,
            "choice" => FieldKind.Choice,
            "choices" => FieldKind.Choices,
            _ => FieldKind.MultiLine,
        })
        {
            Help = q.Help.Length == 0 ? null : q.Help,
            ShownWhen = q.AskWhen,
            Choices = [.. q.Options.Select(o => new FieldChoice(o.Key, o.Label))],
        }),
    ];

    public static EuAiActQuestionnaireView For(EuAiActCatalog rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        EuAiActOption[] roles = [.. Enum.GetValues<OperatorRole>().Select(r => new EuAiActOption(ApiNames.Of(r), AiRoleLabels.Operator(r)))];
        return new EuAiActQuestionnaireView(rules.Id, rules.Version, rules.Title, rules.Note,
        [
            new("aiSystem", "Is it an AI system in the Act's sense?", "A machine-based system that infers from its input how to produce outputs " +
                "such as predictions, content, recommendations or decisions (Art. 3(1)). Plain rule-based automation written by people is not.", "boolean", []),
            new("role", "What is your organization's role for this system?", "Left out, the role recorded in the AI roles register is used.", "choice", roles),
            new("prohibitedPractices", "Does it do any of these (Art. 5)?", "Any of them makes the system prohibited.", "choices",
                [.. rules.ProhibitedPractices.Select(p => new EuAiActOption(p.Key, $"{p.Label} ({p.Article})"))]),
            new("annexIProduct", "Is it a product, or a safety component of one, covered by Annex I legislation that needs third-party conformity assessment?",
                "Machinery, toys, lifts, radio and pressure equipment, medical and in-vitro diagnostic devices, vehicles, aviation… (Art. 6(1)).", "boolean", []),
            new("annexIIIAreas", "Is it used in any of these areas (Annex III)?", "Each makes the system high-risk unless the Art. 6(3) derogation applies.",
                "choices", [.. rules.AnnexIIIAreas.Select(a => new EuAiActOption(a.Key, $"{a.Label} ({a.Point})"))]),
            new("profiling", "Does it profile natural persons?", "Profiling keeps an Annex III system high-risk whatever the derogation.", "boolean", []),
            new("derogation", "As its provider, do you rely on the Art. 6(3) derogation (no significant risk of harm)?",
                "Only for an Annex III system; it must meet one of the conditions and you must document why (Art. 6(4)) and register it (Art. 49(2)).",
                "boolean", []),
            new("derogationCondition", "Which condition does it meet?", "", "choice", rules.DerogationConditions, AskWhen: "derogation"),
            new("derogationJustification", "Why does it pose no significant risk of harm?",
                "The documented assessment a market surveillance authority may ask for.", "text", [], AskWhen: "derogation"),
            new("transparency", "Does any of these apply (Art. 50)?", "Transparency duties, for providers or deployers as stated.", "choices",
                [.. rules.TransparencyDuties.Select(t => new EuAiActOption(t.Key, $"{t.Label} ({t.Article}, {t.Role})"))]),
            new("fundamentalRightsAssessmentDeployer", "As deployer, are you a public body or a provider of public services, or is it used for " +
                "credit scoring or life and health insurance pricing?", "Then a fundamental rights impact assessment is due before first use (Art. 27).",
                "boolean", []),
            new("gpaiModel", "Do you provide a general-purpose AI model (as opposed to a system built on one)?", "Chapter V duties (Art. 53).", "boolean", []),
            new("gpaiSystemicRisk", "Does that model have systemic risk?", "High-impact capabilities; presumed above 10^25 training FLOPs (Art. 51).",
                "boolean", [], AskWhen: "gpaiModel"),
        ], rules.Dates, rules.Obligations);
    }
}
