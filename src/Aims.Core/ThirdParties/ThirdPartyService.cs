using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.ThirdParties;

/// <summary>Create and edit the suppliers, customers and partners of the third-party register (Annex A.10).</summary>
public sealed class ThirdPartyService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<ThirdParty, ThirdPartyView, ThirdPartyInput>(ThirdPartyRegister.Create(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Third party", required: true, "The company or body, as its contract names it."),
        RegisterField.Choice<ThirdPartyKind>("kind", "Kind", ThirdPartyLabels.Kind, help:
            "A supplier provides you with models, data, services or tools; a customer receives or uses your AI systems; a partner builds or runs them with you."),
        RegisterField.References("aiSystemIds", "AI systems", "ai-systems", "The systems this relationship concerns."),
        RegisterField.Paragraphs("supplies", "Supplies or receives", help:
            "What passes between you: a foundation model and its API, labelled data, hosting, an AI service you sell them."),
        RegisterField.Text("contact", "Contact", help: "Who to call about it at the third party."),
        RegisterField.Matrix<ResponsibilityActivity, ResponsibilityAllocation>("responsibilities", "Responsibilities", ThirdPartyLabels.Activity,
            ThirdPartyLabels.Allocation, help:
            "A.10.2: for each activity of the systems' life that involves them, who carries it — the third party, your organization, or both. " +
            "Leave out what does not involve them. An auditor checks this against the contract."),
        RegisterField.Paragraphs("contract", "Contract", help:
            "The agreement and its AI terms: service levels, data use, model changes, incident notice, audit rights."),
        RegisterField.References("requirementIds", "Requirements", "requirements",
            "The interested-party requirements the contract answers (A.10.4 for customers): link them from the requirements register."),
        RegisterField.Paragraphs("dueDiligence", "Due diligence", help:
            "A.10.3: what you checked before and since relying on them — certifications, questionnaires, model cards, test results — and what you concluded."),
        RegisterField.Date("lastReviewedOn", "Last reviewed", help: "When the relationship was last reviewed."),
        RegisterField.Date("reviewDate", "Next review", required: true, "When it is reviewed next; a late review shows as overdue here and in readiness."),
        RegisterField.Member("ownerId", "Owner", "Who manages the relationship (default: you)."),
        RegisterField.References("evidenceIds", "Evidence", "evidence", "Questionnaires, certificates, assessment reports, the signed contract."),
    ];

    protected override void Validate(ThirdPartyInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Choice(Field("kind"), input.Kind);
        errors.Ids(Field("aiSystemIds"), input.AiSystemIds);
        foreach (var (key, value) in new[]
                 {
                     ("supplies", input.Supplies), ("contact", input.Contact), ("contract", input.Contract), ("dueDiligence", input.DueDiligence),
                 })
        {
            errors.Text(Field(key), value);
        }

        errors.Matrix(Field("responsibilities"), input.Responsibilities);
        errors.Ids(Field("requirementIds"), input.RequirementIds);
        errors.Day(Field("lastReviewedOn"), input.LastReviewedOn);
        errors.NotAfter(Field("lastReviewedOn"), input.LastReviewedOn, Leadership.LeadershipRecordService.Latest(clock));
        errors.Day(Field("reviewDate"), input.ReviewDate);
        errors.Ids(Field("evidenceIds"), input.EvidenceIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, ThirdPartyInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        await RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("requirementIds"), input.RequirementIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("evidenceIds"), input.EvidenceIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, ThirdParty record, ThirdPartyInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Kind = input.Kind!.Value;
        record.Supplies = Clean(input.Supplies);
        record.Contact = Clean(input.Contact);
        record.Responsibilities = ResponsibilityMatrix.Store(input.Responsibilities);
        record.Contract = Clean(input.Contract);
        record.DueDiligence = Clean(input.DueDiligence);
        record.LastReviewedOn = input.LastReviewedOn;
        record.ReviewDate = input.ReviewDate!.Value;
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        foreach (var (register, ids) in new[]
                 {
                     ("ai-systems", input.AiSystemIds), (Parties.PartyRegisters.RequirementsName, input.RequirementIds), ("evidence", input.EvidenceIds),
                 })
        {
            await RecordLinks.ReplaceAsync(db, caller.OrganizationId, ThirdPartyRegister.Name, record.Id, register, (ids ?? []).Select(id => id.ToString("D")), ct);
        }
    }

    public override ThirdPartyInput ToInput(ThirdPartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Name, Kind = view.Kind, Supplies = view.Supplies, Contact = view.Contact,
            Responsibilities = view.Responsibilities.ToDictionary(c => c.Key, c => (string?)c.Value, StringComparer.Ordinal),
            Contract = view.Contract, DueDiligence = view.DueDiligence, LastReviewedOn = view.LastReviewedOn, ReviewDate = view.ReviewDate,
            OwnerId = view.OwnerId, AiSystemIds = Ids(view.AiSystems), RequirementIds = Ids(view.Requirements), EvidenceIds = Ids(view.Evidence),
        };
    }

    private static Guid[] Ids(IReadOnlyList<RecordRef> refs) => [.. refs.Select(r => Guid.Parse(r.Id))];
}
