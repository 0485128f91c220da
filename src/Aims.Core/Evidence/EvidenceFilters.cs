using System.Globalization;
using System.Linq.Expressions;
using Aims.Catalogs;
using Aims.Core.Common;
using Aims.Core.Registers;

namespace Aims.Core.Evidence;

/// <summary>
/// The evidence list's filters. Links are matched with EXISTS on the link table's (item, type, target) index; validity
/// compares the valid-until date with today in the organization's calendar, read when the request is parsed.
/// </summary>
public static class EvidenceFilters
{
    public const string Due = "due";

    public static IReadOnlyList<RegisterFilter<EvidenceItem>> All(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return
        [
            RegisterFilter<EvidenceItem>.Equal("kind", e => e.Kind, "Only items of this kind."),
            RegisterFilter<EvidenceItem>.Custom("control", "Only items linked to this Annex A control (e.g. A.6.2.4).", [], Catalog(EvidenceTargetType.Control)),
            RegisterFilter<EvidenceItem>.Custom("clause", "Only items linked to this clause (e.g. 8.2).", [], Catalog(EvidenceTargetType.Clause)),
            RegisterFilter<EvidenceItem>.Custom("aiSystemId", "Only items linked to this AI system (id).", [], Record(EvidenceTargetType.AiSystem)),
            RegisterFilter<EvidenceItem>.Custom("documentId", "Only items linked to this document (id).", [], Record(EvidenceTargetType.Document)),
            RegisterFilter<EvidenceItem>.Equal("ownerId", e => e.OwnerId, "Only items owned by this member (user id)."),
            RegisterFilter<EvidenceItem>.InCalendar("validity",
                $"valid, expiresSoon (valid until within {EvidenceCalendar.ExpiresSoonDays} days), expired, or due (expiresSoon or expired).",
                [.. Enum.GetValues<EvidenceValidity>().Select(ApiNames.Of), Due],
                (text, zone) => Validity(text, EvidenceCalendar.Today(clock, zone)),
                // Which items are expired changes with the day, not only with the records: the cached total too.
                (text, zone) => $"{text.ToUpperInvariant()}@{EvidenceCalendar.Today(clock, zone):yyyy-MM-dd}"),
            RegisterFilter<EvidenceItem>.Custom("status", "active or archived (default: both).", ["active", "archived"], Status),
        ];
    }

    /// <summary>The catalog's spelling of a clause or control number, or null when the catalog has no such item.</summary>
    public static string? CatalogId(EvidenceTargetType type, string text) => type switch
    {
        EvidenceTargetType.Control => CatalogLibrary.Iso42001.FindControl(text.Trim())?.Id,
        EvidenceTargetType.Clause => CatalogLibrary.Iso42001.FindClause(text.Trim())?.Id,
        _ => null,
    };

    private static Func<string, (Expression<Func<EvidenceItem, bool>>?, string?)> Catalog(EvidenceTargetType type) =>
        text =>
        {
            if (CatalogId(type, text) is not { } id)
            {
                return (null, type == EvidenceTargetType.Control
                    ? $"Unknown control '{text}'. Use an Annex A control number such as A.6.2.4."
                    : $"Unknown clause '{text}'. Use a clause number of ISO/IEC 42001 such as 8.2 or 6.1.4.");
            }

            return (e => e.Links.Any(l => l.TargetType == type && l.TargetId == id), null);
        };

    private static Func<string, (Expression<Func<EvidenceItem, bool>>?, string?)> Record(EvidenceTargetType type) =>
        text => Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
            ? (e => e.Links.Any(l => l.TargetType == type && l.RecordId == id), null)
            : (null, $"'{text}' is not an id (a GUID such as 0190e7b2-5c3e-7c1a-9f00-000000000000).");

    private static (Expression<Func<EvidenceItem, bool>>?, string?) Validity(string text, DateOnly today)
    {
        var soon = EvidenceCalendar.SoonUntil(today);
        return text.ToUpperInvariant() switch
        {
            "VALID" => (e => e.ValidUntil == null || e.ValidUntil > soon, null),
            "EXPIRESSOON" => (e => e.ValidUntil >= today && e.ValidUntil <= soon, null),
            "EXPIRED" => (e => e.ValidUntil < today, null),
            "DUE" => (e => e.ValidUntil <= soon, null),
            _ => (null, $"Unknown value '{text}'. Use one of: {ApiNames.ListOf<EvidenceValidity>()}, {Due}."),
        };
    }

    private static (Expression<Func<EvidenceItem, bool>>?, string?) Status(string text) =>
        text.ToUpperInvariant() switch
        {
            "ACTIVE" => (e => e.ArchivedAt == null, null),
            "ARCHIVED" => (e => e.ArchivedAt != null, null),
            _ => (null, $"Unknown value '{text}'. Use one of: active, archived."),
        };
}
