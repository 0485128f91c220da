using Aims.Core.Common.Registers;

namespace Aims.Core.AiSystems;

/// <summary>
/// The register's sort fields ("name" is the default). Each has an index <c>(OrganizationId, keys…, Id)</c> in
/// <see cref="Data.AiSystemConfiguration"/>; the lifecycle stage is stored as its number, so it sorts in life-cycle
/// order (inception … retirement), not alphabetically.
/// </summary>
internal static class AiSystemSort
{
    public static readonly RegisterSorts<AiSystem> Fields = new(
        new SortField<AiSystem>("name").Then(s => s.Name),
        new SortField<AiSystem>("lifecycleStage").Then(s => s.LifecycleStage).Then(s => s.Name),
        new SortField<AiSystem>("status").Then(s => s.Status).Then(s => s.Name),
        new SortField<AiSystem>("createdAt").Then(s => s.CreatedAt),
        new SortField<AiSystem>("updatedAt").Then(s => s.UpdatedAt));
}
