using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Controls;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Risks;

/// <summary>
/// The AI risk register (6.1.2, 8.2): built per clock because review dates and acceptances are judged against today in
/// the organization's calendar, and the current rating is computed from the selected controls on every read.
/// </summary>
public static class RiskRegister
{
    public const string Name = "risks";

    public static RegisterDefinition<Risk, RiskView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "risk",
            Permissions = new RegisterPermissions(Permissions.RisksRead, Permissions.RisksWrite, Permissions.RisksArchive),
            Sorts = new RegisterSorts<Risk>(
                new SortField<Risk>("title").Then(r => r.Title),
                new SortField<Risk>("inherentLevel").Then(r => r.InherentLevel).Then(r => r.Title),
                new SortField<Risk>("reviewDueOn").Then(r => r.ReviewDueOn).Then(r => r.Title),
                new SortField<Risk>("updatedAt").Then(r => r.UpdatedAt),
                new SortField<Risk>("createdAt").Then(r => r.CreatedAt)),
            Filters =
            [
                RegisterFilter<Risk>.Custom("aiSystemId", "Only the risks of this AI system (its id).", [], text =>
                    Guid.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var system)
                        ? (r => r.AiSystemId == system, null)
                        : (null, $"'{text}' is not an id (a GUID such as 0190e7b2-5c3e-7c1a-9f00-000000000000).")),
                RegisterFilter<Risk>.Custom("inherentBand", "Only risks whose inherent rating is in this band (its key: low, medium…).", [],
                    text => (r => r.InherentBand == text, null)),
                RegisterFilter<Risk>.Custom("source", "Only risks of this Annex C.3 source (\"C.3.4\").",
                    [.. CatalogLibrary.Iso42001.AnnexCRiskSources.Select(c => c.Id)], text =>
                        CatalogLibrary.Iso42001.AnnexCRiskSources.Any(c => c.Id == text)
                            ? (r => r.Source == text, null)
                            : (null, $"'{text}' is not an Annex C.3 risk source.")),
                RegisterFilter<Risk>.Equal("ownerId", r => r.OwnerId, "Only risks owned by this member (user id)."),
                EditedFilters.Status<Risk>(),
            ],
            Search = new RegisterSearch<Risk>("RiskSearch", "RiskId", r => r.Title, r => r.Description),
            Project = (db, risks) => Project(db, risks, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            HistoryIncludes = (db, id) =>
            [
                RecordLinks.History(db, id),
                new(nameof(RiskAssessment), db.Set<RiskAssessment>().Where(a => a.RiskId == id).Select(a => a.Id), nameof(RiskAssessment.RiskId)),
                new(nameof(RiskAcceptance), db.Set<RiskAcceptance>().Where(a => a.RiskId == id).Select(a => a.Id), nameof(RiskAcceptance.RiskId)),
                new(nameof(RiskAction), db.Set<RiskAction>().Where(a => a.RiskId == id).Select(a => a.Id), nameof(RiskAction.RiskId)),
            ],
            ListColumns = ["title", "aiSystem", "inherent", "current", "treatment", "acceptance", "findings", "owner"],
            Columns =
            [
                new("id", "Id", r => r.Id),
                new("title", "Risk", r => r.Title),
                new("aiSystem", "AI system", r => r.AiSystem?.Name ?? "Organization"),
                new("source", "Source (C.3)", r => r.Source is null ? null : $"{r.Source} {CatalogLibrary.Iso42001.FindAnnexCEntry(r.Source)?.Title}"),
                new("objectives", "Objectives (C.2)", r => r.Objectives.Count == 0 ? null : string.Join("; ", r.Objectives)),
                new("inherent", "Inherent", r => RiskLabels.Rating(r.Inherent)),
                new("residual", "Residual", r => RiskLabels.Rating(r.Residual)),
                new("current", "Current", r => RiskLabels.Rating(r.Current)),
                new("treatment", "Treatment", r => r.Treatment is { } t ? RiskLabels.Treatment(t) : null),
                new("controls", "Controls", r => r.Controls.Count == 0 ? null : string.Join("; ", r.Controls.Select(c => c.ControlId))),
                new("acceptance", "Acceptance", r => r.Acceptance?.State.ToString()),
                new("findings", "Quality findings", r => r.Findings.Count == 0 ? null : string.Join("; ", r.Findings)),
                new("reviewDueOn", "Review due", r => r.ReviewDueOn),
                new("owner", "Owner", r => r.Owner),
                new("description", "Description", r => r.Description),
                .. RecordColumns.Audit<RiskView>(),
            ],
        };
    }

    private static IQueryable<RiskView> Project(AimsDbContext db, IQueryable<Risk> risks, DateOnly today) =>
        risks.Select(r => new
        {
            Risk = r,
            Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            SystemName = db.AiSystems.Where(s => s.Id == r.AiSystemId).Select(s => s.Name).FirstOrDefault(),
            InForce = db.Set<RiskCriteriaVersion>().Where(c => c.Status == RiskCriteriaStatus.InForce).Select(c => (int?)c.Number).FirstOrDefault(),
            Links = db.Set<RecordLink>().Where(l => l.SourceId == r.Id).Select(l => new
            {
                l.TargetRegister,
                l.TargetId,
                Name = l.TargetRegister == ContextName ? db.Set<Context.ContextIssue>().Where(c => c.Id == l.TargetRecordId).Select(c => c.Title).FirstOrDefault()
                    : l.TargetRegister == Parties.PartyRegisters.RequirementsName ? db.Set<Parties.PartyRequirement>().Where(q => q.Id == l.TargetRecordId).Select(q => q.Title).FirstOrDefault()
                    : l.TargetRegister == Datasets.DatasetRegister.Name ? db.Set<Datasets.Dataset>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Name).FirstOrDefault()
                    : l.TargetRegister == ThirdParties.ThirdPartyRegister.Name ? db.Set<ThirdParties.ThirdParty>().Where(t => t.Id == l.TargetRecordId).Select(t => t.Name).FirstOrDefault()
                    : null,
                Control = l.TargetRegister == ControlService.Register
                    ? db.Set<OrganizationControl>().Where(c => c.ControlId == l.TargetId).Select(c => new { c.Status, c.PlannedOn }).FirstOrDefault()
                    : null,
            }).ToList(),
            Actions = db.Set<RiskAction>().Where(a => a.RiskId == r.Id).OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new { Row = a, Owner = db.Users.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault() }).ToList(),
            Acceptance = db.Set<RiskAcceptance>().Where(a => a.RiskId == r.Id).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
                .Select(a => new
                {
                    Row = a,
                    RequestedBy = db.Users.Where(u => u.Id == a.RequestedById).Select(u => u.DisplayName).FirstOrDefault(),
                }).FirstOrDefault(),
        }).Select(x => ToView(x.Risk, x.Owner, x.Risk.AiSystemId == null ? null : new RecordRef(x.Risk.AiSystemId.Value.ToString("D"), x.SystemName), x.InForce,
            x.Links.Select(l => new LinkRow(l.TargetRegister, l.TargetId, l.Name, l.Control == null ? null : l.Control.Status,
                l.Control == null ? null : l.Control.PlannedOn)).ToList(),
            x.Actions.Select(a => new RiskActionView(a.Row.Id, a.Row.Title, a.Row.OwnerId, a.Owner, a.Row.DueOn, a.Row.Status, a.Row.DoneOn, a.Row.Note,
                a.Row.Status == ActionStatus.Open && a.Row.DueOn < today, a.Row.Version)).ToList(),
            x.Acceptance == null ? null : x.Acceptance.Row, x.Acceptance == null ? null : x.Acceptance.RequestedBy, today));

    private const string ContextName = Context.ContextRegister.Name;

    private sealed record LinkRow(string Register, string Id, string? Name, ControlStatus? Status, DateOnly? PlannedOn);

    /// <summary>The views of <paramref name="risks"/> as of <paramref name="today"/>, for readiness and reports.</summary>
    internal static IQueryable<RiskView> Views(AimsDbContext db, IQueryable<Risk> risks, DateOnly today) => Project(db, risks, today);

    private static RiskView ToView(Risk r, string? owner, RecordRef? system, int? inForce, List<LinkRow> links, List<RiskActionView> actions,
        RiskAcceptance? acceptance,
        string? requestedBy, DateOnly today)
    {
        var inherent = RiskRating.InherentOf(r);
        var residual = RiskRating.ResidualOf(r);
        List<SelectedControl> controls =
        [
            .. links.Where(l => l.Register == ControlService.Register)
                .Select(l => new SelectedControl(l.Id, CatalogLibrary.Iso42001.FindControl(l.Id)?.Title, l.Status ?? ControlStatus.NotStarted, l.PlannedOn))
                .OrderBy(c => c.ControlId, IdentifierComparer.Instance),
        ];
        var (current, reason) = RiskCurrent.Of(inherent, residual, controls);
        var acceptanceNow = acceptance is null ? null : RiskCurrent.Acceptance(acceptance, requestedBy, current, today);
        var refs = (string register) => (IReadOnlyList<RecordRef>)[.. links.Where(l => l.Register == register).Select(l => new RecordRef(l.Id, l.Name))];
        return new RiskView(r.Id, r.Title, r.Description, system, r.Source, ProfileLists.Read<string>(r.Objectives),
            r.ConsequencesOrganization, r.ConsequencesIndividuals, r.ConsequencesSociety, r.OwnerId, owner, inherent, residual, current, reason,
            inForce is { } number && inherent is not null && (inherent.Criteria != number || (residual is not null && residual.Criteria != number)),
            r.AssessedAt, r.ReviewDueOn, r.ReviewDueOn is { } due && due < today, r.Treatment, r.TreatmentNote, controls,
            [.. controls.Where(c => c.Status != ControlStatus.Implemented).Select(c => c.ControlId)], actions,
            acceptanceNow, RiskQuality.Of(inherent, residual, r.Treatment, controls, actions, acceptanceNow, r.ReviewDueOn, today),
            refs(ContextName), refs(Parties.PartyRegisters.RequirementsName), refs(Datasets.DatasetRegister.Name), refs(ThirdParties.ThirdPartyRegister.Name),
            r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version);
    }
}
