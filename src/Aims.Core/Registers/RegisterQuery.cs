namespace Aims.Core.Registers;

/// <summary>
/// A list request as every register takes it: free text, the register's own filters by name (as they appear in the
/// API query and the UI address, e.g. <c>stage=deployment</c>), a sort ("name", "-updatedAt") and a 1-based page.
/// </summary>
public sealed record RegisterQuery
{
    public string? Search { get; init; }
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = PageWindow.DefaultPageSize;
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
