namespace Aims.Core.Evidence;

/// <summary>
/// The evidence of one clause or Annex A control: how many active items it has and how many of them still count
/// (<see cref="Counts"/>, over every active linked item), and one page of those items with their validity.
/// </summary>
/// <param name="TargetType">clause or control.</param>
/// <param name="Id">The number in the catalog's spelling ("A.6.2.4").</param>
/// <param name="Title">Its title in the catalog.</param>
/// <param name="Counts">Active linked items by validity; archived items never count.</param>
/// <param name="Items">The page of active linked items (the list's filters, sort and paging apply).</param>
/// <param name="Total">How many items the page's filters match.</param>
public sealed record EvidenceCoverageView(
    EvidenceTargetType TargetType,
    string Id,
    string Title,
    EvidenceCoverageCounts Counts,
    IReadOnlyList<EvidenceItemView> Items,
    int Total,
    int Page,
    int PageSize);
