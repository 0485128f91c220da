using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;

namespace Aims.Core.AiSystems;

/// <summary>
/// The AI system register as a <see cref="RegisterDefinition{T, TView}"/>. Each sort has an index
/// <c>(OrganizationId, keys…, Id)</c> in <see cref="AiSystemConfiguration"/>; the life-cycle stage is stored as its
/// number, so it sorts in life-cycle order (inception … retirement), not alphabetically.
/// </summary>
public static class AiSystemRegister
{
    public static RegisterDefinition<AiSystem, AiSystemView> Definition { get; } = new()
    {
        Name = "ai-systems",
        Noun = "AI system",
        Permissions = new RegisterPermissions(Permissions.AiSystemsRead, Permissions.AiSystemsWrite, Permissions.AiSystemsArchive),
        Sorts = new RegisterSorts<AiSystem>(
            new SortField<AiSystem>("name").Then(s => s.Name),
            new SortField<AiSystem>("lifecycleStage").Then(s => s.LifecycleStage).Then(s => s.Name),
            new SortField<AiSystem>("status").Then(s => s.Status).Then(s => s.Name),
            new SortField<AiSystem>("createdAt").Then(s => s.CreatedAt),
            new SortField<AiSystem>("updatedAt").Then(s => s.UpdatedAt)),
        Filters =
        [
            RegisterFilter<AiSystem>.Equal("stage", s => s.LifecycleStage, "Only systems in this life-cycle stage."),
            RegisterFilter<AiSystem>.Equal("status", s => s.Status, "Active or archived (default: both)."),
            RegisterFilter<AiSystem>.Equal("ownerId", s => s.OwnerId, "Only systems owned by this member (user id)."),
        ],
        // The index and its triggers were created by the ListSearchIndexes migrations.
        Search = new RegisterSearch<AiSystem>("AiSystemSearch", "SystemId", s => s.Name, s => s.Purpose),
        Project = Project,
        BeforeRestore = AiSystemNames.EnsureFreeAsync,
        ListColumns = ["name", "purpose", "owner", "lifecycleStage", "status", "updatedAt"],
        Columns =
        [
            new("id", "Id", s => s.Id),
            new("name", "Name", s => s.Name),
            new("purpose", "Purpose", s => s.Purpose),
            new("intendedUse", "Intended use", s => s.IntendedUse),
            new("owner", "Owner", s => s.OwnerName),
            new("lifecycleStage", "Lifecycle stage", s => StageLabels.Label(s.LifecycleStage)),
            new("status", "Status", s => s.Status.ToString()),
            new("archivedAt", "Archived at", s => s.ArchivedAt),
            new("archiveReason", "Archive reason", s => s.ArchiveReason),
            new("createdAt", "Created at", s => s.CreatedAt),
            new("createdBy", "Created by", s => s.CreatedBy),
            new("updatedAt", "Updated at", s => s.UpdatedAt),
            new("updatedBy", "Updated by", s => s.UpdatedBy),
            new("version", "Version", s => s.Version),
        ],
    };

    /// <summary>A system as callers see it (writes build it from the saved row and the owner's name they already hold).</summary>
    public static AiSystemView ToView(AiSystem s, string? ownerName)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new AiSystemView(s.Id, s.Name, s.Purpose, s.IntendedUse, s.OwnerId, ownerName, s.LifecycleStage, s.Status,
            s.ArchivedAt, s.ArchiveReason, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy, s.Version);
    }

    // The owner's name comes from the same query; the view is built on the client from the row and that name.
    private static IQueryable<AiSystemView> Project(AimsDbContext db, IQueryable<AiSystem> systems) =>
        systems.Select(s => ToView(s, db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.DisplayName).FirstOrDefault()));
}
