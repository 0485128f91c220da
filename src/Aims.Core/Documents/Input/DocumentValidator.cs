using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Core.Text;

namespace Aims.Core.Documents.Input;

/// <summary>
/// Field rules for documents and their drafts, shared by the API, the UI and the CLI. Field names are the camelCase
/// names API clients send (<c>approvers.quorum</c> for nested ones). Checks that need the database (members, AI
/// systems) are the service's.
/// </summary>
public static class DocumentValidator
{
    public const int MaxRetentionMonths = 1200;
    public const int MaxQuorum = 20;

    /// <summary>Most entries one list field may hold, so a request cannot make a document unreadably large.</summary>
    public const int MaxListEntries = 200;

    /// <summary>Adds every field error to <paramref name="errors"/>; returns the canonical clause and control ids (null
    /// where the field was left out or is invalid).</summary>
    public static (IReadOnlyList<string>? Clauses, IReadOnlyList<string>? Controls) Validate(DocumentInput input, bool creating, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors["title"] = ["Title is required."];
        }
        else if (TextRules.Problem("Title", title, TextKind.Name, DomainRules.NameMaxLength) is { } problem)
        {
            errors["title"] = [problem];
        }

        if (input.Type is null)
        {
            errors["type"] = [$"Type is required: one of {ApiNames.ListOf<DocumentType>()}."];
        }
        else if (!Enum.IsDefined(input.Type.Value))
        {
            errors["type"] = [$"Unknown type. Use one of: {ApiNames.ListOf<DocumentType>()}."];
        }

        if (input.Classification is { } classification && !Enum.IsDefined(classification))
        {
            errors["classification"] = [$"Unknown classification. Use one of: {ApiNames.ListOf<DocumentClassification>()}."];
        }

        Range(errors, "reviewIntervalMonths", "The review interval", input.ReviewIntervalMonths,
            ReviewSchedule.MinIntervalMonths, ReviewSchedule.MaxIntervalMonths, "months");
        Range(errors, "retentionMonths", "The retention period", input.RetentionMonths, 1, MaxRetentionMonths, "months");
        if (!creating && input.TemplateId is not null)
        {
            errors["templateId"] = ["A template only starts a new document; it cannot be applied to an existing one."];
        }

        Count(errors, "clauses", input.Clauses?.Count);
        Count(errors, "controls", input.Controls?.Count);
        Count(errors, "aiSystemIds", input.AiSystemIds?.Count);
        Count(errors, "approvers.people", input.Approvers?.People?.Count);
        Count(errors, "acknowledgers.people", input.Acknowledgers?.People?.Count);
        Roles(errors, "approvers.roles", input.Approvers?.Roles);
        Roles(errors, "acknowledgers.roles", input.Acknowledgers?.Roles);
        Range(errors, "approvers.quorum", "The quorum", input.Approvers?.Quorum, 1, MaxQuorum, "approvals");
        var clauses = input.Clauses is null || errors.ContainsKey("clauses") ? null : CatalogReferences.Clauses(input.Clauses, "clauses", errors);
        var controls = input.Controls is null || errors.ContainsKey("controls") ? null : CatalogReferences.Controls(input.Controls, "controls", errors);
        return (clauses, controls);
    }

    /// <summary>The rules of a draft's content; returns the body to store (exactly as sent) and the trimmed summary.</summary>
    /// <summary>The trimmed change summary (null when blank), or its problem added to <paramref name="errors"/>.</summary>
    public static string? ChangeSummary(string? changeSummary, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var summary = string.IsNullOrWhiteSpace(changeSummary) ? null : changeSummary.Trim();
        if (TextRules.Problem("Change summary", summary, TextKind.MultiLine, DocumentContent.ChangeSummaryMaxLength) is { } problem)
        {
            errors["changeSummary"] = [problem];
        }

        return summary;
    }

    public static (string Body, string? ChangeSummary) ValidateVersion(DocumentVersionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Body is null)
        {
            errors["body"] = ["Body is required (Markdown; it may be empty text \"\" for a draft started blank)."];
        }
        else if (TextRules.Problem("Body", input.Body, TextKind.MultiLine, DocumentContent.MaxBodyLength) is { } bodyProblem)
        {
            errors["body"] = [bodyProblem];
        }

        var summary = ChangeSummary(input.ChangeSummary, errors);

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return (input.Body!, summary);
    }

    /// <summary>A required reason (return to draft, retire), trimmed; the error names <paramref name="field"/>.</summary>
    public static string Reason(string? reason, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException(field, $"A reason is required to {what}.");
        }

        var trimmed = reason.Trim();
        return TextRules.Problem("Reason", trimmed, TextKind.MultiLine, DomainRules.ReasonMaxLength) is { } problem
            ? throw new ValidationFailedException(field, problem)
            : trimmed;
    }

    /// <summary>An optional note (approval, review), trimmed, or null.</summary>
    public static string? Note(string? note, string field)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        var trimmed = note.Trim();
        return TextRules.Problem("Note", trimmed, TextKind.MultiLine, DomainRules.ReasonMaxLength) is { } problem
            ? throw new ValidationFailedException(field, problem)
            : trimmed;
    }

    private static void Range(Dictionary<string, string[]> errors, string field, string label, int? value, int min, int max, string unit)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors[field] = [$"{label} must be between {min} and {max} {unit} (it is {v})."];
        }
    }

    private static void Count(Dictionary<string, string[]> errors, string field, int? count)
    {
        if (count > MaxListEntries)
        {
            errors[field] = [$"At most {MaxListEntries} entries (there are {count})."];
        }
    }

    private static void Roles(Dictionary<string, string[]> errors, string field, IReadOnlyList<Role>? roles)
    {
        if (roles is not null && roles.Any(r => !Enum.IsDefined(r)))
        {
            errors[field] = [$"Unknown role. Use one of: {ApiNames.ListOf<Role>()}."];
        }
    }
}
