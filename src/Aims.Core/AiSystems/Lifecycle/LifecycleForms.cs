using Aims.Core.Common;
using Aims.Core.Registers.Editing;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// The fields of the two life-cycle forms (moving a stage, filing an artefact), declared once for the API, the page's
/// dialogs and the CLI, with their checks.
/// </summary>
public static class LifecycleForms
{
    public static IReadOnlyList<RegisterField> MoveFields { get; } =
    [
        RegisterField.Choice<LifecycleStage>("to", "Move to", StageLabels.Label,
            help: "The stage the system enters. Its gate lists the artefacts it needs; an auditor will sample them."),
        RegisterField.Paragraphs("exceptionReason", "Reason for an exception",
            help: "Only when an artefact is missing or a gate is skipped: why going ahead is acceptable, and what makes up for it. " +
                  "It stays on the timeline, where an auditor will read it.") with { MaxLength = DomainRules.ReasonMaxLength },
        RegisterField.Paragraphs("note", "Note", help: "Conditions of the approval, the meeting that decided, anything worth keeping with the step."),
    ];

    public static IReadOnlyList<RegisterField> ArtefactFields { get; } =
    [
        RegisterField.Choice<ArtefactKind>("kind", "Artefact", ArtefactLabels.Label,
            help: "Which life-cycle record this is (Annex A.6.2). A gate counts it once it is in force."),
        RegisterField.Reference("documentId", "Controlled document", "documents",
            help: "A document of the documents register; it counts while a version of it is in force."),
        RegisterField.Reference("evidenceId", "Evidence item", "evidence",
            help: "Or an item of the evidence library (a test report, a computed result); it counts until it expires."),
    ];

    public static RegisterField Field(string key) =>
        MoveFields.Concat(ArtefactFields).First(f => f.Key == key);

    public static FieldErrors Check(StageMoveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Choice(Field("to"), input.To);
        errors.Text(Field("exceptionReason"), input.ExceptionReason);
        errors.Text(Field("note"), input.Note);
        return errors;
    }

    public static FieldErrors Check(ArtefactInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Choice(Field("kind"), input.Kind);
        if (input.DocumentId is null == input.EvidenceId is null)
        {
            errors.Add(input.DocumentId is null ? "documentId" : "evidenceId",
                "Choose either a controlled document or an evidence item: an artefact is one record.");
        }

        return errors;
    }
}
