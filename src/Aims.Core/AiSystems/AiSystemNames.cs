using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems;

/// <summary>
/// Names are unique per organization among non-archived systems, compared on <see cref="NameKeys"/>. The check gives
/// a readable answer; the filtered unique index (OrganizationId, NameKey) is what makes it hold under races.
/// </summary>
internal static class AiSystemNames
{
    public static async Task EnsureFreeAsync(AimsDbContext db, AiSystem system, CancellationToken ct)
    {
        var restoring = system.Status == AiSystemStatus.Archived;
        // A row from before the AiSystemNameKey migration may still lack its key until the backfill ran.
        system.NameKey ??= NameKeys.For(system.Name);
        if (await TakenAsync(db, system, ct))
        {
            throw Taken(system.Name, restoring);
        }
    }

    public static Task<bool> TakenAsync(AimsDbContext db, AiSystem system, CancellationToken ct) =>
        db.AiSystems.AsNoTracking().AnyAsync(s => s.OrganizationId == system.OrganizationId && s.Id != system.Id &&
                                                  s.NameKey == system.NameKey && s.Status != AiSystemStatus.Archived, ct);

    public static DuplicateValueException Taken(string name, bool restoring = false) => new("name", restoring
        ? $"Another AI system in the register is already named '{name}' (names are compared ignoring case and width). Rename or archive that one, then restore this one."
        : $"Another AI system in this organization is already named '{name}' (names are compared ignoring case and width); choose a different name.");
}
