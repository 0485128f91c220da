using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Documents.Snapshots;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Scope;

/// <summary>
/// The scope's content read from the working copy, frozen into a document version (schema <see cref="Schema"/>), read
/// back from the version in force, and compared: what a new version would change, and what changed since approval.
/// </summary>
public static class ScopeContents
{
    public const string Schema = "openaims.snapshot.aimsScope/1";
    public const string LinkRegister = "scope";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The working copy's content now, systems by name (archived ones included: they are still in it).</summary>
    public static async Task<ScopeContent> LiveAsync(AimsDbContext db, AimsScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var systems = await db.Set<RecordLink>().AsNoTracking()
            .Where(l => l.SourceId == scope.Id && l.TargetRegister == "ai-systems")
            .Join(db.AiSystems, l => l.TargetRecordId, s => s.Id, (l, s) => new { s.Id, s.Name })
            .ToListAsync(ct);
        var ordered = systems.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Id).ToList();
        return new ScopeContent(scope.Summary, [.. ordered.Select(s => s.Id)], [.. ordered.Select(s => s.Name)], Lines(scope.Units),
            Lines(scope.Locations), Lines(scope.Activities),
            [.. scope.LifecycleStages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.Parse<LifecycleStage>(s, ignoreCase: true))],
            JsonSerializer.Deserialize<List<ScopeExclusion>>(scope.Exclusions, Json) ?? [], scope.Interfaces);
    }

    public static IReadOnlyList<string> Lines(string text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The snapshot JSON a version holds.</summary>
    public static async Task<string> BuildAsync(AimsDbContext db, DateTimeOffset builtAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scope = await db.Set<AimsScope>().AsNoTracking().FirstOrDefaultAsync(ct)
                    ?? throw new Common.ValidationFailedException("kind", "There is no scope to build from yet: fill in the scope first.");
        return JsonSerializer.Serialize(new Snapshot(Schema, builtAt, scope.Version, await LiveAsync(db, scope, ct)), Json);
    }

    public static ScopeContent Read(string json) =>
        JsonSerializer.Deserialize<Snapshot>(json, Json) is { Schema: Schema } snapshot
            ? snapshot.Content
            : throw new InvalidOperationException("The version's content is not an AIMS scope snapshot.");

    /// <summary>What differs between two contents, one line per field that changed, in words.</summary>
    public static IReadOnlyList<string> Differences(ScopeContent before, ScopeContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lines = new List<string>();
        void Compare(string label, IEnumerable<string> then, IEnumerable<string> now)
        {
            var (a, b) = (then.ToList(), now.ToList());
            var added = b.Except(a, StringComparer.Ordinal).ToList();
            var removed = a.Except(b, StringComparer.Ordinal).ToList();
            if (added.Count + removed.Count == 0) return;
            var parts = new List<string>();
            if (added.Count > 0) parts.Add("added " + string.Join(", ", added.Select(x => $"'{x}'")));
            if (removed.Count > 0) parts.Add("removed " + string.Join(", ", removed.Select(x => $"'{x}'")));
            lines.Add($"{label}: {string.Join("; ", parts)}.");
        }

        Compare("AI systems", before.AiSystemNames, after.AiSystemNames);
        Compare("Organizational units", before.Units, after.Units);
        Compare("Locations", before.Locations, after.Locations);
        Compare("Activities", before.Activities, after.Activities);
        Compare("Lifecycle stages", before.LifecycleStages.Select(StageLabels.Label), after.LifecycleStages.Select(StageLabels.Label));
        Compare("Exclusions", before.Exclusions.Select(Exclusion), after.Exclusions.Select(Exclusion));
        if (!string.Equals(before.Summary, after.Summary, StringComparison.Ordinal)) lines.Add("Scope statement: reworded.");
        if (!string.Equals(before.Interfaces, after.Interfaces, StringComparison.Ordinal)) lines.Add("Interfaces and dependencies: reworded.");
        return lines;
    }

    /// <summary>How the records differ from a scope version: the working copy's changes, and systems archived since.</summary>
    public static async Task<IReadOnlyList<SnapshotChange>> ChangesAsync(AimsDbContext db, string json, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var published = Read(json);
        var changes = new List<SnapshotChange>();
        if (await db.Set<AimsScope>().AsNoTracking().FirstOrDefaultAsync(ct) is { } scope)
        {
            changes.AddRange(Differences(published, await LiveAsync(db, scope, ct))
                .Select(d => new SnapshotChange(scope.Id, d[..d.IndexOf(':', StringComparison.Ordinal)], SnapshotChangeKind.Changed, d)));
        }

        var ids = published.AiSystemIds.ToList();
        var archived = await db.AiSystems.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Status != AiSystemStatus.Active)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        changes.AddRange(archived.Select(s => new SnapshotChange(s.Id, s.Name, SnapshotChangeKind.Removed, "in the scope but archived since")));
        return changes;
    }

    /// <summary>The snapshot as Markdown: what reading, comparing and exporting the version show.</summary>
    public static string ToMarkdown(string json)
    {
        var c = Read(json);
        var text = new StringBuilder("# AIMS scope\n\n");
        if (c.Summary is { } summary) text.Append(summary).Append("\n\n");
        void List(string heading, IReadOnlyList<string> items)
        {
            text.Append("## ").Append(heading).Append("\n\n");
            if (items.Count == 0) text.Append("None recorded.\n\n");
            else text.Append(string.Concat(items.Select(i => $"- {Escape(i)}\n"))).Append('\n');
        }

        List("AI systems in scope", c.AiSystemNames);
        List("Organizational units", c.Units);
        List("Locations", c.Locations);
        List("Activities", c.Activities);
        List("Lifecycle stages covered", [.. c.LifecycleStages.Select(StageLabels.Label)]);
        List("Exclusions and their justification", [.. c.Exclusions.Select(Exclusion)]);
        text.Append("## Interfaces and dependencies\n\n").Append(c.Interfaces ?? "None recorded.").Append('\n');
        return text.ToString();
    }

    private static string Exclusion(ScopeExclusion e) => $"{e.What} — {e.Justification}";

    private static string Escape(string text) =>
        string.Concat(text.Select(ch => ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' ? "\\" + ch : ch.ToString(CultureInfo.InvariantCulture)));

    private sealed record Snapshot(string Schema, DateTimeOffset BuiltAt, long ScopeVersion, ScopeContent Content);
}
