using System.Globalization;
using Aims.Catalogs;
using Aims.Core.Common;
using Aims.Core.Registers.Editing;
using Aims.Core.Risks.Criteria;
using Aims.Core.Text;

namespace Aims.Core.Risks;

/// <summary>
/// The fields and input rules of each decision about a risk — a rating, the treatment, an acceptance request and its
/// decision — declared once, so the page's forms check as the user types exactly what <see cref="RiskDecisions"/> refuses.
/// </summary>
public static class RiskDecisionForms
{
    /// <summary>The longest an acceptance may run before it must be decided again.</summary>
    public const int MaxAcceptanceDays = 3 * 366;

    /// <summary>A rating's fields on the scales of <paramref name="criteria"/> (each level a choice with its label).</summary>
    public static IReadOnlyList<RegisterField> Assessment(RiskCriteriaContent criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return
        [
            RegisterField.Choice<AssessmentKind>("kind", "Rating", k => k == AssessmentKind.Inherent
                ? "Inherent: the risk as it is, without the treatment's controls"
                : "Residual: what remains once the selected controls work"),
            RegisterField.OneOf("likelihood", "Likelihood", Levels(criteria.Likelihood), required: true),
            RegisterField.OneOf("impact", "Impact", Levels(criteria.Impact), required: true),
            RegisterField.Paragraphs("rationale", "Rationale", required: true,
                "Why this rating: the tests, incidents, audits or expert judgement behind it. An auditor reads this to see the rating is reasoned."),
        ];
    }

    public static FieldErrors CheckAssessment(AssessmentInput input, RiskCriteriaContent criteria, int number, bool hasInherent)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(criteria);
        var errors = new FieldErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "Rating is required: inherent (without treatment) or residual (as planned once the controls work).");
        }
        else if (kind == AssessmentKind.Residual && !hasInherent)
        {
            errors.Add("kind", "Rate the inherent risk first; the residual is what remains of it.");
        }

        Scale(errors, "likelihood", "Likelihood", input.Likelihood, criteria.Likelihood.Count, number);
        Scale(errors, "impact", "Impact", input.Impact, criteria.Impact.Count, number);
        Required(errors, "rationale", "Rationale", input.Rationale, "Say why: the evidence, incidents or tests behind the rating.");
        return errors;
    }

    public static IReadOnlyList<RegisterField> Treatment { get; } =
    [
        RegisterField.Choice<TreatmentOption>("option", "Option", RiskLabels.Treatment, help:
            "Modify the risk with controls, avoid it by not doing the activity, share it (insurance, a supplier) or retain it."),
        RegisterField.ManyOf("controls", "Annex A controls", [.. CatalogLibrary.Iso42001.Controls.Select(c => new FieldChoice(c.Id, $"{c.Id} {c.Title}"))],
            "The controls that bring the risk down to its residual rating. Current risk stays inherent until all of them are implemented."),
        RegisterField.Paragraphs("note", "Treatment plan", help: "What will be done, by whom and by when."),
    ];

    public static FieldErrors CheckTreatment(TreatmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        if (input.Option is not { } option || !Enum.IsDefined(option))
        {
            errors.Add("option", "Option is required: modify, avoid, share or retain.");
        }

        RecordLinks.CheckCatalog(Treatment[1], input.Controls, errors);
        if (input.Option == TreatmentOption.Modify && input.Controls is not { Count: > 0 })
        {
            errors.Add("controls", "Modifying a risk means selecting the controls that change it (Annex A ids such as \"A.6.2.4\").");
        }

        Optional(errors, "note", "Treatment plan", input.Note);
        return errors;
    }

    public static IReadOnlyList<RegisterField> AcceptanceRequest { get; } =
    [
        RegisterField.Paragraphs("justification", "Justification", required: true,
            "Why the risk may stay as it is: its benefit, the cost of treating it further, who was consulted."),
        RegisterField.Date("expiresOn", "Expires on", required: true, "After this day the acceptance no longer counts and is decided again."),
    ];

    public static FieldErrors CheckAcceptanceRequest(AcceptanceRequest input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        Required(errors, "justification", "Justification", input.Justification,
            "Say why the risk may stay as it is: the benefit, the cost of treating it further, who agreed.");
        if (input.ExpiresOn is not { } expires)
        {
            errors.Add("expiresOn", "An acceptance needs an expiry date (yyyy-MM-dd), after which it must be decided again.");
        }
        else if (expires <= today || expires > today.AddDays(MaxAcceptanceDays))
        {
            errors.Add("expiresOn", $"The expiry date must be after today ({Iso(today)}) and at most three years ahead ({Iso(today.AddDays(MaxAcceptanceDays))}).");
        }

        return errors;
    }

    public static IReadOnlyList<RegisterField> Decision { get; } =
    [
        RegisterField.Paragraphs("comment", "Comment", help: "Required when refusing: what the requester should do instead."),
    ];

    public static FieldErrors CheckDecision(AcceptanceDecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        if (input.Approve is null)
        {
            errors.Add("approve", "Say whether the acceptance is approved (true) or refused (false).");
        }
        else if (input.Approve == false)
        {
            Required(errors, "comment", "Comment", input.Comment, "Say why it is refused, so the requester knows what to do next.");
        }
        else
        {
            Optional(errors, "comment", "Comment", input.Comment);
        }

        return errors;
    }

    public static IReadOnlyList<RegisterField> Action { get; } =
    [
        RegisterField.Text("title", "Action", required: true, "What will be done, in one line: \"Re-run validation per age group\"."),
        RegisterField.Member("ownerId", "Owner", "Who does it (default: you)."),
        RegisterField.Date("dueOn", "Due on", required: true, "An open action past this day is overdue, on the risk and in readiness."),
        RegisterField.Choice<ActionStatus>("status", "Status", s => s == ActionStatus.Done ? "Done" : "Open", required: false),
        RegisterField.Paragraphs("note", "Note", help: "What was done, or what is in the way."),
    ];

    public static FieldErrors CheckAction(RiskActionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Text(Action[0], input.Title);
        if (input.DueOn is null)
        {
            errors.Add("dueOn", "Due on is required (yyyy-MM-dd).");
        }

        if (input.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Status is open or done.");
        }

        Optional(errors, "note", "Note", input.Note);
        return errors;
    }

    private static IReadOnlyList<FieldChoice> Levels(IReadOnlyList<ScaleLevel> scale) =>
        [.. scale.Select((level, i) => new FieldChoice((i + 1).ToString(CultureInfo.InvariantCulture), $"{i + 1} {level.Label}"))];

    private static void Scale(FieldErrors errors, string key, string label, int? value, int levels, int criteria)
    {
        if (value is not { } v || v < 1 || v > levels)
        {
            errors.Add(key, $"{label} is a whole number from 1 to {levels} on the scale of criteria version {criteria}{(value is { } given ? $"; {given} is outside it" : "")}.");
        }
    }

    private static void Required(FieldErrors errors, string key, string label, string? value, string hint)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(key, $"{label} is required. {hint}");
            return;
        }

        Optional(errors, key, label, value);
    }

    private static void Optional(FieldErrors errors, string key, string label, string? value)
    {
        if (value is not null && TextRules.Problem(label, value.Trim(), TextKind.MultiLine, DomainRules.LongTextMaxLength) is { } problem)
        {
            errors.Add(key, problem);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
