using System.Globalization;
using Aims.Core.Common;
using Aims.Core.Text;

namespace Aims.Core.Evidence;

/// <summary>
/// Field rules for evidence items, the same for the API, the upload form, the UI and the CLI. Field names are the
/// camelCase names clients send (an upload form uses the same names for its fields). Checks that need the database
/// (owner, AI system ids) are <see cref="EvidenceChecks"/>'.
/// </summary>
public static class EvidenceValidator
{
    /// <summary>Dates before this are typing mistakes, not evidence (the field is a calendar day, not a birth date).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// Every rule of <paramref name="input"/> for an item of <paramref name="kind"/> whose effective date will be
    /// <paramref name="effectiveDate"/>. <paramref name="titleRequired"/> is false only while an upload form is still
    /// arriving (its title may follow the file); the final check always requires it.
    /// </summary>
    public static Dictionary<string, string[]> Validate(EvidenceItemInput input, EvidenceKind kind, DateOnly effectiveDate,
        bool titleRequired = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            if (titleRequired)
            {
                errors["title"] = ["Title is required."];
            }
        }
        else
        {
            Add(errors, "title", TextRules.Problem("Title", title, TextKind.Name, DomainRules.NameMaxLength));
        }

        Add(errors, "description", TextRules.Problem("Description", input.Description, TextKind.MultiLine, DomainRules.LongTextMaxLength));
        AddDateProblems(errors, effectiveDate, input.ValidUntil);
        CheckKindFields(input, kind, errors);
        CheckCatalog(input.Controls, EvidenceTargetType.Control, "controls", errors);
        CheckCatalog(input.Clauses, EvidenceTargetType.Clause, "clauses", errors);
        CheckCount(input.AiSystemIds, "aiSystemIds", errors);
        CheckCount(input.DocumentIds, "documentIds", errors);
        return errors;
    }

    /// <summary>The rules of an effective date and a valid-until date, under <c>effectiveDate</c> and <c>validUntil</c>.</summary>
    public static void AddDateProblems(IDictionary<string, string[]> errors, DateOnly effectiveDate, DateOnly? validUntil)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Add(errors, "effectiveDate", DateProblem("Effective date", effectiveDate));
        Add(errors, "validUntil", ValidUntilProblem(effectiveDate, validUntil));
    }

    /// <summary>The problem of a valid-until date given the effective date, or null.</summary>
    public static string? ValidUntilProblem(DateOnly effectiveDate, DateOnly? validUntil)
    {
        if (validUntil is not { } until)
        {
            return null;
        }

        if (DateProblem("Valid until", until) is { } problem)
        {
            return problem;
        }

        return until < effectiveDate
            ? $"Valid until ({Iso(until)}) is before the effective date ({Iso(effectiveDate)}); evidence cannot expire before it takes effect."
            : null;
    }

    /// <summary>The problem of a link address, or null: an absolute http(s) address without credentials or spaces.</summary>
    public static string? UrlProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "A link needs its address (url).";
        }

        if (TextRules.Problem("Link", url, TextKind.SingleLine, EvidenceLimits.UrlMaxLength) is { } problem)
        {
            return problem;
        }

        if (url.Any(char.IsWhiteSpace))
        {
            return "Link must not contain spaces; encode them as %20.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return $"Link must be an http:// or https:// address such as https://example.com/report (got '{url}').";
        }

        return string.IsNullOrEmpty(uri.UserInfo)
            ? null
            : "Link must not contain a user name or password: anyone who can read the evidence would see them.";
    }

    /// <summary>The links of a valid input, deduplicated, with catalog ids in the catalog's spelling.</summary>
    internal static List<EvidenceLinkTarget> Targets(EvidenceItemInput input) =>
    [
        .. (input.Controls ?? []).Select(c => EvidenceFilters.CatalogId(EvidenceTargetType.Control, c!)!).Distinct(StringComparer.Ordinal)
            .Select(id => new EvidenceLinkTarget(EvidenceTargetType.Control, id, null)),
        .. (input.Clauses ?? []).Select(c => EvidenceFilters.CatalogId(EvidenceTargetType.Clause, c!)!).Distinct(StringComparer.Ordinal)
            .Select(id => new EvidenceLinkTarget(EvidenceTargetType.Clause, id, null)),
        .. (input.AiSystemIds ?? []).Distinct().Select(id => new EvidenceLinkTarget(EvidenceTargetType.AiSystem, id.ToString("D"), id)),
        .. (input.DocumentIds ?? []).Distinct().Select(id => new EvidenceLinkTarget(EvidenceTargetType.Document, id.ToString("D"), id)),
    ];

    private static void CheckKindFields(EvidenceItemInput input, EvidenceKind kind, Dictionary<string, string[]> errors)
    {
        if (kind == EvidenceKind.Link)
        {
            Add(errors, "url", UrlProblem(input.Url));
        }
        else if (!string.IsNullOrEmpty(input.Url))
        {
            errors["url"] = [$"Only link evidence has an address; this item's kind is {ApiNames.Of(kind)}."];
        }

        if (kind == EvidenceKind.RecordReference)
        {
            if (input.Reference is not { Type: { } type, Id: { } id } || id == Guid.Empty)
            {
                errors["reference"] = ["A record reference needs the record: { \"type\": \"aiSystem\" or \"document\", \"id\": \"…\" }."];
            }
            else if (type is not (EvidenceTargetType.AiSystem or EvidenceTargetType.Document))
            {
                errors["reference"] = [$"A record reference points to an AI system or a document, not to a {ApiNames.Of(type)}."];
            }
        }
        else if (input.Reference is not null)
        {
            errors["reference"] = ["Only record-reference evidence refers to a record; link it with aiSystemIds or documentIds instead."];
        }
    }

    private static void CheckCatalog(IReadOnlyList<string?>? ids, EvidenceTargetType type, string field, Dictionary<string, string[]> errors)
    {
        if (ids is null)
        {
            return;
        }

        var unknown = ids.Where(id => string.IsNullOrWhiteSpace(id) || EvidenceFilters.CatalogId(type, id) is null)
            .Select(id => $"'{id}'").ToList();
        if (unknown.Count > 0)
        {
            errors[field] = [type == EvidenceTargetType.Control
                ? $"Unknown Annex A control {string.Join(", ", unknown)}. Use control numbers such as A.6.2.4."
                : $"Unknown clause {string.Join(", ", unknown)}. Use clause numbers of ISO/IEC 42001 (4 to 10) such as 8.2 or 6.1.4."];
        }
        else if (ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() > EvidenceLimits.MaxLinksPerType)
        {
            errors[field] = [TooMany(ids.Count)];
        }
    }

    private static void CheckCount(IReadOnlyList<Guid>? ids, string field, Dictionary<string, string[]> errors)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Contains(Guid.Empty))
        {
            errors[field] = ["An id cannot be the empty GUID."];
        }
        else if (ids.Distinct().Count() > EvidenceLimits.MaxLinksPerType)
        {
            errors[field] = [TooMany(ids.Count)];
        }
    }

    private static string? DateProblem(string label, DateOnly date) =>
        date < EarliestDate ? $"{label} ({Iso(date)}) is before {Iso(EarliestDate)}; check the year." : null;

    private static string TooMany(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"At most {EvidenceLimits.MaxLinksPerType} links of one kind per item (there are {count}).");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(IDictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors[field] = [problem];
        }
    }
}
