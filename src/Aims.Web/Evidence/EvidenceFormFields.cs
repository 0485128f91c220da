using System.Globalization;
using Aims.Core.Common;
using Aims.Core.Evidence;

namespace Aims.Web.Evidence;

/// <summary>
/// The text fields of an evidence upload form, read into the same inputs the JSON API takes. The names are the JSON
/// names; list fields (<c>controls</c>, <c>clauses</c>, <c>aiSystemIds</c>, <c>documentIds</c>) are repeated fields,
/// one value each. Dates are <c>YYYY-MM-DD</c>. A value that cannot be read answers 400 naming its field.
/// </summary>
public static class EvidenceFormFields
{
    private static readonly string[] Single = ["title", "description", "ownerId", "effectiveDate", "validUntil"];
    private static readonly string[] Repeated = ["controls", "clauses", "aiSystemIds", "documentIds"];

    /// <summary>The fields of <c>POST …/evidence</c>.</summary>
    public static IReadOnlySet<string> Create { get; } = new HashSet<string>([.. Single, .. Repeated], StringComparer.Ordinal);

    /// <summary>The fields of <c>POST …/evidence/{id}/files</c>.</summary>
    public static IReadOnlySet<string> Supersede { get; } = new HashSet<string>(["effectiveDate", "validUntil"], StringComparer.Ordinal);

    /// <summary>The fields as an input; values that cannot be read are left out of it and reported in <paramref name="errors"/>.</summary>
    public static EvidenceItemInput ItemInput(IReadOnlyDictionary<string, List<string>> fields, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        return new EvidenceItemInput
        {
            Title = One(fields, "title", errors),
            Description = One(fields, "description", errors),
            OwnerId = Id(One(fields, "ownerId", errors), "ownerId", errors),
            EffectiveDate = Date(One(fields, "effectiveDate", errors), "effectiveDate", errors),
            ValidUntil = Date(One(fields, "validUntil", errors), "validUntil", errors),
            Controls = fields.GetValueOrDefault("controls"),
            Clauses = fields.GetValueOrDefault("clauses"),
            AiSystemIds = Ids(fields, "aiSystemIds", errors),
            DocumentIds = Ids(fields, "documentIds", errors),
        };
    }

    /// <inheritdoc cref="ItemInput"/>
    public static EvidenceFileInput FileInput(IReadOnlyDictionary<string, List<string>> fields, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(errors);
        return new EvidenceFileInput
        {
            EffectiveDate = Date(One(fields, "effectiveDate", errors), "effectiveDate", errors),
            ValidUntil = Date(One(fields, "validUntil", errors), "validUntil", errors),
        };
    }

    /// <summary>
    /// Runs <paramref name="check"/> on what could be read and answers every problem at once: the values that could
    /// not be read (<paramref name="unreadable"/>) and the rules the rest broke.
    /// </summary>
    public static async Task CheckAsync(Dictionary<string, string[]> unreadable, Func<Task> check)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            await check();
        }
        catch (ValidationFailedException v) when (unreadable.Count > 0)
        {
            var all = new Dictionary<string, string[]>(v.Errors, StringComparer.Ordinal);
            foreach (var (field, messages) in unreadable)
            {
                all[field] = messages;
            }

            throw new ValidationFailedException(all);
        }

        if (unreadable.Count > 0)
        {
            throw new ValidationFailedException(unreadable);
        }
    }

    private static string? One(IReadOnlyDictionary<string, List<string>> fields, string name, Dictionary<string, string[]> errors)
    {
        if (!fields.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors[name] = [$"Send '{name}' once (it was sent {values.Count} times)."];
            return null;
        }

        return values[0];
    }

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31)."];
        return null;
    }

    private static Guid? Id(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        errors[name] = [NotAnId(text)];
        return null;
    }

    private static List<Guid>? Ids(IReadOnlyDictionary<string, List<string>> fields, string name, Dictionary<string, string[]> errors)
    {
        if (!fields.TryGetValue(name, out var values))
        {
            return null;
        }

        var bad = values.Where(v => !Guid.TryParse(v.Trim(), CultureInfo.InvariantCulture, out _)).ToList();
        if (bad.Count > 0)
        {
            errors[name] = [.. bad.Select(NotAnId)];
            return null;
        }

        return [.. values.Select(v => Guid.Parse(v.Trim(), CultureInfo.InvariantCulture))];
    }

    private static string NotAnId(string text) => $"'{text}' is not an id (a GUID such as 0190e7b2-5c3e-7c1a-9f00-000000000000).";
}
