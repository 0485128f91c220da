using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents.Snapshots;

/// <summary>
/// The AI system inventory as a document's content: every active system with the revision it had, frozen as JSON
/// (schema <see cref="Schema"/>) when the draft was built. Reads as a table; compared with the live register it names
/// each system changed, added or archived since.
/// </summary>
public static class AiSystemInventory
{
    public const string Schema = "openaims.snapshot.aiSystemInventory/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The organization's active systems as snapshot JSON, ordered by name (then id, for a stable hash).</summary>
    public static async Task<string> BuildAsync(AimsDbContext db, DateTimeOffset builtAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var systems = await Live(db).ToListAsync(ct);
        var owners = await OwnerNamesAsync(db, systems.Select(s => s.OwnerId), ct);
        var entries = systems.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)
            .Select(s => new Entry(s.Id, s.Version, s.Name, s.Purpose, s.LifecycleStage, s.OwnerId, owners.GetValueOrDefault(s.OwnerId) ?? ""))
            .ToList();
        return JsonSerializer.Serialize(new Snapshot(Schema, builtAt, entries), Json);
    }

    /// <summary>The snapshot as Markdown: what reading, comparing and exporting the version show.</summary>
    public static string ToMarkdown(string json)
    {
        var snapshot = Read(json);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"# AI system inventory\n\nBuilt from the AI system register on {snapshot.BuiltAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: ");
        text.Append(snapshot.Systems.Count == 1 ? "1 active system.\n\n" : $"{snapshot.Systems.Count} active systems.\n\n");
        if (snapshot.Systems.Count == 0)
        {
            return text.ToString();
        }

        text.Append("| AI system | Purpose | Lifecycle stage | Owner |\n| --- | --- | --- | --- |\n");
        foreach (var s in snapshot.Systems)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {Cell(s.Name)} | {Cell(s.Purpose ?? "")} | {Cell(StageLabels.Label(s.LifecycleStage))} | {Cell(s.OwnerName)} |\n");
        }

        return text.ToString();
    }

    /// <summary>What changed in the register since the snapshot was built: systems edited, archived or added.</summary>
    public static async Task<IReadOnlyList<SnapshotChange>> ChangesAsync(AimsDbContext db, string json, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = Read(json);
        var live = await Live(db).ToDictionaryAsync(s => s.Id, ct);
        var changes = new List<SnapshotChange>();
        foreach (var entry in snapshot.Systems)
        {
            if (!live.Remove(entry.Id, out var now))
            {
                changes.Add(new SnapshotChange(entry.Id, entry.Name, SnapshotChangeKind.Removed, "archived or no longer in the register"));
            }
            else if (now.Version != entry.Version)
            {
                changes.Add(new SnapshotChange(entry.Id, now.Name, SnapshotChangeKind.Changed,
                    string.Create(CultureInfo.InvariantCulture, $"edited since (revision {entry.Version} then, {now.Version} now)")));
            }
        }

        changes.AddRange(live.Values.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SnapshotChange(s.Id, s.Name, SnapshotChangeKind.Added, "registered or restored since")));
        return changes;
    }

    private static IQueryable<AiSystem> Live(AimsDbContext db) =>
        db.AiSystems.AsNoTracking().Where(s => s.Status == AiSystemStatus.Active);

    private static async Task<Dictionary<Guid, string>> OwnerNamesAsync(AimsDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static Snapshot Read(string json) =>
        JsonSerializer.Deserialize<Snapshot>(json, Json) is { Schema: Schema } snapshot
            ? snapshot
            : throw new InvalidOperationException("The version's content is not an AI system inventory snapshot.");

    // A table cell shows the text as written: Markdown punctuation is escaped and line breaks become spaces.
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                cell.Append(' ');
                continue;
            }

            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '!')
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }

    private sealed record Snapshot(string Schema, DateTimeOffset BuiltAt, List<Entry> Systems);

    private sealed record Entry(Guid Id, long Version, string Name, string? Purpose, LifecycleStage LifecycleStage, Guid OwnerId, string OwnerName);
}
