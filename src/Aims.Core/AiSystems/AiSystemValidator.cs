using Aims.Core.Common;
using Aims.Core.Text;

namespace Aims.Core.AiSystems;

/// <summary>Field rules for AI systems. Field names are the camelCase names API clients send.</summary>
public static class AiSystemValidator
{
    public static Dictionary<string, string[]> Validate(AiSystemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required."];
        }
        else if (TextRules.Problem("Name", name, TextKind.Name, DomainRules.NameMaxLength) is { } nameProblem)
        {
            errors["name"] = [nameProblem];
        }
        else if (NameKeys.For(name).Length > NameKeys.MaxKeyLength)
        {
            errors["name"] = ["Name expands to too many characters when normalized for comparison; shorten it."];
        }

        Add(errors, "purpose", TextRules.Problem("Purpose", input.Purpose, TextKind.MultiLine, DomainRules.LongTextMaxLength));
        Add(errors, "intendedUse",
            TextRules.Problem("Intended use", input.IntendedUse, TextKind.MultiLine, DomainRules.LongTextMaxLength));

        if (input.LifecycleStage is { } stage && !Enum.IsDefined(stage))
        {
            errors["lifecycleStage"] = ["Unknown life-cycle stage."];
        }

        Add(errors, "initialStageReason",
            TextRules.Problem("Reason for the initial stage", input.InitialStageReason, TextKind.MultiLine, DomainRules.ReasonMaxLength));
        return errors;
    }

    /// <summary>The rules only a new system has: a start later than inception skips gates, so it needs its reason.</summary>
    public static Dictionary<string, string[]> ValidateCreate(AiSystemInput input)
    {
        var errors = Validate(input);
        if (input.LifecycleStage is { } stage && Enum.IsDefined(stage) && stage != LifecycleStage.Inception &&
            string.IsNullOrWhiteSpace(input.InitialStageReason))
        {
            errors["initialStageReason"] =
            [
                $"A system registered in {StageLabels.Label(stage)} skips the gates before it: say why (for example, it was in " +
                "service before the AIMS existed). The reason is recorded on its timeline as an exception.",
            ];
        }

        return errors;
    }

    /// <summary>The rules of an edit: the stage moves only through its gate, and the initial-stage reason belongs to create.</summary>
    public static Dictionary<string, string[]> ValidateUpdate(AiSystemInput input, LifecycleStage current)
    {
        var errors = Validate(input);
        if (input.LifecycleStage is { } stage && stage != current && !errors.ContainsKey("lifecycleStage"))
        {
            errors["lifecycleStage"] =
            [
                $"The stage changes only through its gate: POST …/ai-systems/{{id}}/stage with {{\"to\": \"{Common.ApiNames.Of(stage)}\"}}. " +
                "Leave lifecycleStage out of an edit (or send the current one).",
            ];
        }

        if (input.InitialStageReason is not null)
        {
            errors["initialStageReason"] = ["Only a new system takes an initial-stage reason; a move later records its own reason."];
        }

        return errors;
    }

    public static void ValidateArchiveReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException("reason", "A reason is required to archive an AI system.");
        }

        if (TextRules.Problem("Reason", reason, TextKind.MultiLine, DomainRules.ReasonMaxLength) is { } problem)
        {
            throw new ValidationFailedException("reason", problem);
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors[field] = [problem];
        }
    }
}
