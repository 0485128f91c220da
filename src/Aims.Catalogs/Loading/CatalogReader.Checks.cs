using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aims.Catalogs.Loading;

/// <summary>The catalog's cross-checks: parents exist, control references resolve, and the counts match the standard.</summary>
internal static partial class CatalogReader
{
    /// <summary>
    /// Every parent must exist and must be the id's own prefix ("6.1" for "6.1.4"): a wrong-but-existing parent would
    /// otherwise pass and misfile the item in every tree view.
    /// </summary>
    private static void CheckHierarchy(
        IEnumerable<(string Id, string? ParentId)> items,
        string kind,
        string property,
        List<string> problems)
    {
        var list = items.ToList();
        var ids = new HashSet<string>(list.Select(i => i.Id), StringComparer.Ordinal);
        foreach (var (id, parentId) in list)
        {
            var implied = ImpliedParent(id);
            if (parentId is not null && !ids.Contains(parentId))
            {
                problems.Add($"{kind} '{id}' has {property} '{parentId}' which does not resolve to a {kind} in this catalog");
            }
            else if (!string.Equals(parentId, implied, StringComparison.Ordinal))
            {
                var expected = implied is null ? "none (it is top-level)" : $"'{implied}'";
                var actual = parentId is null ? $"no {property}" : $"{property} '{parentId}'";
                problems.Add($"{kind} '{id}' has {actual} but its id implies {expected}");
            }
        }
    }

    private static void CheckControlReferences(
        List<ControlItem> controls,
        List<ControlObjective> objectives,
        List<ClauseItem> clauses,
        List<string> problems)
    {
        var objectiveIds = new HashSet<string>(objectives.Select(o => o.Id), StringComparer.Ordinal);
        var clauseIds = new HashSet<string>(clauses.Select(c => c.Id), StringComparer.Ordinal);
        foreach (var control in controls)
        {
            var implied = ImpliedParent(control.Id);
            if (!objectiveIds.Contains(control.ObjectiveId))
            {
                problems.Add(
                    $"control '{control.Id}' has objectiveId '{control.ObjectiveId}' which does not resolve to a control objective in this catalog");
            }
            else if (!string.Equals(control.ObjectiveId, implied, StringComparison.Ordinal))
            {
                problems.Add(
                    $"control '{control.Id}' has objectiveId '{control.ObjectiveId}' but its id implies '{implied}'");
            }

            foreach (var clauseId in control.RelatedClauses.Where(c => !clauseIds.Contains(c)))
            {
                problems.Add($"control '{control.Id}' lists related clause '{clauseId}' which is not a clause in this catalog");
            }
        }
    }

    private static void CheckExpectations(
        string id,
        string standard,
        List<ClauseItem> clauses,
        List<ControlObjective> objectives,
        List<ControlItem> controls,
        List<AnnexCEntry> annexCObjectives,
        List<AnnexCEntry> annexCRiskSources,
        List<string> problems)
    {
        if (id.Length == 0)
        {
            return; // already reported as missing
        }

        // Only catalogs we know are accepted: the expected counts are the guard that keeps the data standard-true.
        if (!CatalogExpectation.Known.TryGetValue(id, out var expected))
        {
            problems.Add(
                $"catalog id '{id}' is not a known catalog (known: {string.Join(", ", CatalogExpectation.Known.Keys)})");
            return;
        }

        if (!string.Equals(standard, expected.Standard, StringComparison.Ordinal))
        {
            problems.Add($"catalog '{id}' must describe standard '{expected.Standard}', not '{standard}'");
        }

        CheckCount("clauses", clauses.Count, expected.Clauses, problems);
        CheckCount("control objectives", objectives.Count, expected.ControlObjectives, problems);
        CheckCount("controls", controls.Count, expected.Controls, problems);
        CheckCount("Annex C objectives", annexCObjectives.Count, expected.AnnexCObjectives, problems);
        CheckCount("Annex C risk sources", annexCRiskSources.Count, expected.AnnexCRiskSources, problems);

        foreach (var (objectiveId, count) in expected.ControlsPerTopLevelObjective)
        {
            var actual = controls.Count(c => string.Equals(TopLevel(c.Id), objectiveId, StringComparison.Ordinal));
            CheckCount($"controls under {objectiveId}", actual, count, problems);
        }
    }

    private static void CheckCount(string what, int actual, int expected, List<string> problems)
    {
        if (actual != expected)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"expected exactly {expected} {what} but found {actual}"));
        }
    }
}
