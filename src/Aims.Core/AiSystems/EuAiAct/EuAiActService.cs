using System.Text.Json;
using Aims.Catalogs.EuAiAct;
using Aims.Core.Access;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Common;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>
/// EU AI Act classification of an AI system: checks the answers, classifies them under the rules in force, stores the
/// result with its rules version (ledgered), and reads it back with today's applicability and the gaps OpenAIMS can see
/// in the system's records (technical documentation, event logs, monitoring plan, oversight, datasets).
/// </summary>
public sealed class EuAiActService(IDbContextFactory<AimsDbContext> dbFactory, AiSystemService systems)
{
    private static JsonSerializerOptions Json => StoredJson.Options;

    public static EuAiActCatalog Rules => EuAiActCatalog.Current;

    public async Task<EuAiActClassificationView> ClassifyAsync(Caller caller, Guid systemId, EuAiActRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await systems.Register.FindForChangeAsync(db, systemId, null, ct);
        var recorded = await RecordedRoleAsync(db, systemId, ct);
        var errors = EuAiActClassifier.Check(request.Answers, Rules, recorded);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        LifecycleService.EnsureActive(system);
        var answers = request.Answers! with { Role = request.Answers!.Role ?? recorded };
        var result = EuAiActClassifier.Classify(answers, answers.Role!.Value, Rules, EvidenceCalendar.Today(db.Clock, db.TimeZone));
        var stored = await db.Set<EuAiActClassification>().FirstOrDefaultAsync(c => c.AiSystemId == systemId, ct);
        if (stored is null)
        {
            stored = new EuAiActClassification { OrganizationId = caller.OrganizationId, AiSystemId = systemId };
            db.Add(stored);
        }

        stored.RuleVersion = result.RuleVersion;
        stored.Tier = result.Tier;
        stored.Role = result.Role;
        stored.GpaiModel = result.GpaiModel;
        stored.Answers = Store(answers);
        stored.Result = Store(result);
        await systems.Register.SaveAsync(db, ct);
        return await ViewAsync(db, stored, ct);
    }

    /// <summary>A result as it is stored: the reasons and the obligations with the record each is checked against.</summary>
    internal static string Store(EuAiActResult result) => JsonSerializer.Serialize(new StoredResult(result.Reasons,
        [.. result.Obligations.Select(o => new StoredObligation(o.Article, o.Title, o.AppliesFrom, o.Record, o.Evidence))]), Json);

    internal static string Store(EuAiActAnswers answers) => JsonSerializer.Serialize(answers, Json);

    /// <summary>The stored classification; 404 when the system has none yet.</summary>
    public async Task<EuAiActClassificationView> GetAsync(Caller caller, Guid systemId, CancellationToken ct = default) =>
        await FindAsync(caller, systemId, ct) ?? throw new NotFoundException("EU AI Act classification");

    /// <summary>The stored classification, or null when the system has none yet (404 when there is no such system).</summary>
    public async Task<EuAiActClassificationView?> FindAsync(Caller caller, Guid systemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.AiSystems.AsNoTracking().AnyAsync(s => s.Id == systemId, ct))
        {
            throw new NotFoundException("AI system");
        }

        var stored = await db.Set<EuAiActClassification>().AsNoTracking().FirstOrDefaultAsync(c => c.AiSystemId == systemId, ct);
        return stored is null ? null : await ViewAsync(db, stored, ct);
    }

    /// <summary>The system's operator role as the AI roles register records it (the first, should several differ).</summary>
    internal static Task<OperatorRole?> RecordedRoleAsync(AimsDbContext db, Guid systemId, CancellationToken ct) =>
        db.Set<AiRoleAssignment>().AsNoTracking().Where(r => r.AiSystemId == systemId && r.ArchivedAt == null && r.OperatorRole != null)
            .OrderBy(r => r.Role).Select(r => r.OperatorRole).FirstOrDefaultAsync(ct);

    private static async Task<EuAiActClassificationView> ViewAsync(AimsDbContext db, EuAiActClassification stored, CancellationToken ct)
    {
        var today = EvidenceCalendar.Today(db.Clock, db.TimeZone);
        var result = JsonSerializer.Deserialize<StoredResult>(stored.Result, Json) ?? new StoredResult([], []);
        var gaps = await EuAiActGaps.ForAsync(db, stored.AiSystemId, ct);
        var obligations = result.Obligations.Select(o => new EuAiActObligationResult(o.Article, o.Title, o.AppliesFrom, o.AppliesFrom <= today,
            o.Record, o.Evidence) { Gap = o.Evidence is { } e && gaps.TryGetValue(e, out var gap) ? gap : null }).ToList();
        return new EuAiActClassificationView(stored.AiSystemId, stored.Tier, stored.Role, stored.GpaiModel, stored.RuleVersion, Rules.Version,
            stored.RuleVersion != Rules.Version, result.Reasons, obligations, JsonSerializer.Deserialize<EuAiActAnswers>(stored.Answers, Json)!,
            stored.UpdatedAt, stored.UpdatedBy);
    }

    // The obligations keep their evidence key in storage (the API view hides it), so gaps are recomputed on every read.
    private sealed record StoredResult(IReadOnlyList<string> Reasons, IReadOnlyList<StoredObligation> Obligations);

    private sealed record StoredObligation(string Article, string Title, DateOnly AppliesFrom, string? Record, string? Evidence);
}
