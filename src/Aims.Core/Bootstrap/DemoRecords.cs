using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Bootstrap;

/// <summary>What every demo seeder does: add a record, and link two records the way the editors do.</summary>
internal static class DemoRecords
{
    public static T Add<T>(AimsDbContext db, T entity)
        where T : class
    {
        db.Add(entity);
        return entity;
    }

    public static void Link(AimsDbContext db, Organization org, string sourceRegister, Guid sourceId, string targetRegister, Guid targetId) =>
        Link(db, org, sourceRegister, sourceId, targetRegister, targetId.ToString("D"));

    public static void Link(AimsDbContext db, Organization org, string sourceRegister, Guid sourceId, string targetRegister, string targetId) =>
        db.Add(new RecordLink
        {
            OrganizationId = org.Id, SourceRegister = sourceRegister, SourceId = sourceId, TargetRegister = targetRegister, TargetId = targetId,
            TargetRecordId = Guid.TryParse(targetId, out var id) ? id : null,
        });
}
