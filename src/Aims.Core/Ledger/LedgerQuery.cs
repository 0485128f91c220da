namespace Aims.Core.Ledger;

/// <summary>
/// Filters of the organization ledger as the caller sent them (text, so every bad value is reported by field name).
/// </summary>
public sealed record LedgerQuery
{
    public string? EntityType { get; init; }
    public string? EntityId { get; init; }
    public string? Actor { get; init; }

    /// <summary>ISO 8601 instant; entries at or after it.</summary>
    public string? From { get; init; }

    /// <summary>ISO 8601 instant; entries before it.</summary>
    public string? To { get; init; }

    /// <summary><c>-sequence</c> (newest first, the default) or <c>sequence</c> (chain order).</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
