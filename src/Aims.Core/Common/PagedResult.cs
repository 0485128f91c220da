namespace Aims.Core.Common;

/// <summary>One page of a list plus the total count, so clients can render pagers without a second query.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
