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
