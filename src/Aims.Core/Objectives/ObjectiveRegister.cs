using System.Globalization;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Objectives;

/// <summary>
/// The AI objectives register (clause 6.2); built per clock because progress is judged against today in the
/// organization's calendar. Every sort and filter has an index in <see cref="ObjectiveConfigurations"/>.
/// </summary>
public static class ObjectiveRegister
{
    public const string Name = "objectives";

    public static RegisterDefinition<AiObjective, AiObjectiveView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "objective",
            Permissions = EstablishmentPermissions.Register,
            Sorts = new RegisterSorts<AiObjective>(
                new SortField<AiObjective>("title").Then(o => o.Title),
                new SortField<AiObjective>("dueDate").Then(o => o.DueDate).Then(o => o.Title),
                new SortField<AiObjective>("updatedAt").Then(o => o.UpdatedAt),
                new SortField<AiObjective>("createdAt").Then(o => o.CreatedAt)),
            Filters =
            [
                RegisterFilter<AiObjective>.Equal("ownerId", o => o.OwnerId, "Only objectives owned by this member (user id)."),
                RegisterFilter<AiObjective>.Custom("measured", "yes (has a measurement) or no.", ["yes", "no"], text => text.ToUpperInvariant() switch
                {
                    "YES" => (o => o.MeasurementCount > 0, null),
                    "NO" => (o => o.MeasurementCount == 0, null),
                    _ => (null, $"Unknown value '{text}'. Use one of: yes, no."),
                }),
                EditedFilters.Status<AiObjective>(),
            ],
            Search = new RegisterSearch<AiObjective>("AiObjectiveSearch", "AiObjectiveId", o => o.Title, o => o.Description, o => o.Kpi),
            Project = (db, objectives) => Project(db, objectives, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            HistoryIncludes = (db, id) => [new(nameof(ObjectiveMeasurement), db.Set<ObjectiveMeasurement>().Where(m => m.ObjectiveId == id).Select(m => m.Id))],
            ListColumns = ["title", "kpi", "target", "latest", "progress", "dueDate", "owner"],
            Columns =
            [
                new("id", "Id", o => o.Id),
                new("title", "Objective", o => o.Title),
                new("kpi", "KPI", o => o.Kpi),
                new("target", "Target", o => $"{(o.Direction == TargetDirection.AtLeast ? "≥" : "≤")} {o.TargetValue.ToString("0.####", CultureInfo.InvariantCulture)} {o.Unit}"),
                new("latest", "Latest value", o => o.Progress.Latest),
                new("latestOn", "Measured on", o => o.Progress.LatestOn),
                new("progress", "Progress", o => ObjectiveLabels.Progress(o.Progress.Status)),
                new("progressReason", "Why", o => o.Progress.Reason),
                new("dueDate", "Due date", o => o.DueDate),
                new("owner", "Owner", o => o.OwnerName),
                new("policy", "AI policy", o => o.PolicyTitle),
                new("measurements", "Measurements", o => o.Measurements.Count),
                new("resources", "Resources", o => o.Resources),
                new("evaluation", "How results are evaluated", o => o.Evaluation),
                new("description", "Description", o => o.Description),
                .. RecordColumns.Audit<AiObjectiveView>(),
            ],
        };
    }

    private static IQueryable<AiObjectiveView> Project(AimsDbContext db, IQueryable<AiObjective> objectives, DateOnly today) =>
        objectives.Select(o => new
        {
            Objective = o,
            OwnerName = db.Users.Where(u => u.Id == o.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            PolicyTitle = db.Set<Documents.Document>().Where(d => d.Id == o.PolicyDocumentId).Select(d => d.Title).FirstOrDefault(),
            Measurements = o.Measurements.Select(m => new MeasurementView(m.Id, m.Value, m.MeasuredOn, m.Source, m.EvidenceItemId,
                db.EvidenceItems.Where(e => e.Id == m.EvidenceItemId).Select(e => e.Title).FirstOrDefault(), m.Note, m.CreatedAt, m.CreatedBy)).ToList(),
        }).Select(r => ToView(r.Objective, r.OwnerName, r.PolicyTitle, r.Measurements, today));

    // The value as entered: the database's scale (PostgreSQL numeric(28,8) answers 95.00000000) is not part of it.
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000m;

    private static AiObjectiveView ToView(AiObjective o, string? ownerName, string? policyTitle, List<MeasurementView> measurements, DateOnly today)
    {
        var ordered = measurements.OrderBy(m => m.MeasuredOn).ThenBy(m => m.CreatedAt).Select(m => m with { Value = Plain(m.Value) }).ToList();
        var progress = ObjectiveProgress.Of(o.TargetValue, o.Direction, o.DueDate, [.. ordered.Select(m => (m.MeasuredOn, m.Value))], today);
        return new AiObjectiveView(o.Id, o.Title, o.Description, o.PolicyDocumentId, policyTitle, o.Kpi, o.Unit, Plain(o.TargetValue), o.Direction,
            o.DueDate, o.OwnerId, ownerName, o.Resources, o.Evaluation, progress, ordered, o.ArchivedAt, o.ArchiveReason, o.CreatedAt,
            o.CreatedBy, o.UpdatedAt, o.UpdatedBy, o.Version);
    }
}
