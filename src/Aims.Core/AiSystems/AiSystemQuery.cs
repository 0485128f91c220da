namespace Aims.Core.AiSystems;

/// <summary>List parameters: free-text search, filters, sort ("name", "-updatedAt"…) and paging (1-based).</summary>
public sealed record AiSystemQuery
{
    public string? Search { get; init; }
    public LifecycleStage? Stage { get; init; }
    public AiSystemStatus? Status { get; init; }
    public Guid? OwnerId { get; init; }
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Common.Registers.PageWindow.DefaultPageSize;
}
