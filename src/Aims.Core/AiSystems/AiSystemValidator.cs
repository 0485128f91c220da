using System.Globalization;
using Aims.Core.Common;

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
        else if (name.Length > DomainRules.NameMaxLength)
        {
            errors["name"] = [TooLong("Name", DomainRules.NameMaxLength, name.Length)];
        }

        if (input.Purpose is { Length: > DomainRules.LongTextMaxLength })
        {
            errors["purpose"] = [TooLong("Purpose", DomainRules.LongTextMaxLength, input.Purpose.Length)];
        }

        if (input.IntendedUse is { Length: > DomainRules.LongTextMaxLength })
        {
            errors["intendedUse"] = [TooLong("Intended use", DomainRules.LongTextMaxLength, input.IntendedUse.Length)];
        }

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

        if (reason.Length > DomainRules.ReasonMaxLength)
        {
            throw new ValidationFailedException("reason", TooLong("Reason", DomainRules.ReasonMaxLength, reason.Length));
        }
    }

    private static string TooLong(string field, int max, int actual) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} must be at most {max} characters (it has {actual}).");
}
