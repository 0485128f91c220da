using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>Create and edit the risks of the AI risk register; ratings, treatment and acceptance go through <see cref="RiskDecisions"/>.</summary>
public sealed class RiskService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<Risk, RiskView, RiskInput>(RiskRegister.Create(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("title", "Risk", required: true, "What could happen and to whom, in one line: \"Qualified applicants screened out by age\"."),
        RegisterField.Reference("aiSystemId", "AI system", "ai-systems", "Leave empty for a risk of the organization as a whole."),
        RegisterField.Paragraphs("description", "Description", help: "The event, its causes and how it would show."),
        RegisterField.OneOf("source", "Risk source (Annex C.3)", AnnexC(CatalogLibrary.Iso42001.AnnexCRiskSources), help:
            "Where the risk comes from, from Annex C.3; an auditor checks the sources considered cover your systems."),
        RegisterField.ManyOf("objectives", "Objectives affected (Annex C.2)", AnnexC(CatalogLibrary.Iso42001.AnnexCObjectives),
            "The Annex C.2 objectives the risk threatens: fairness, privacy, safety…"),
        RegisterField.Paragraphs("consequencesOrganization", "Consequences for the organization", help: "Fines, contracts, reputation, operations (6.1.2 d)."),
        RegisterField.Paragraphs("consequencesIndividuals", "Consequences for individuals and groups", help:
            "Who is affected and how: rights, health, finances, access to services. An auditor checks these are considered, not only the business."),
        RegisterField.Paragraphs("consequencesSociety", "Consequences for society", help: "Wider effects: trust, the environment, democratic processes."),
        RegisterField.Member("ownerId", "Risk owner", "Who is accountable for the risk and its treatment (default: you)."),
        RegisterField.References("contextIssueIds", "Context issues", Context.ContextRegister.Name, "The internal or external issues (4.1) behind the risk."),
        RegisterField.References("requirementIds", "Requirements", Parties.PartyRegisters.RequirementsName, "Interested-party requirements at stake (4.2)."),
        RegisterField.References("datasetIds", "Datasets", Datasets.DatasetRegister.Name, "Data the risk arises from."),
        RegisterField.References("thirdPartyIds", "Third parties", ThirdParties.ThirdPartyRegister.Name, "Suppliers or customers involved."),
    ];

    private static IReadOnlyList<FieldChoice> AnnexC(IReadOnlyList<AnnexCEntry> entries) =>
        [.. entries.Select(e => new FieldChoice(e.Id, $"{e.Id} {e.Title}"))];

    protected override void Validate(RiskInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("title"), input.Title);
        foreach (var key in new[] { "description", "consequencesOrganization", "consequencesIndividuals", "consequencesSociety" })
        {
            errors.Text(Field(key), key switch
            {
                "description" => input.Description,
                "consequencesOrganization" => input.ConsequencesOrganization,
                "consequencesIndividuals" => input.ConsequencesIndividuals,
                _ => input.ConsequencesSociety,
            });
        }

        if (input.Source is { } source && !string.IsNullOrWhiteSpace(source)
            && !CatalogLibrary.Iso42001.AnnexCRiskSources.Any(s => s.Id == source.Trim()))
        {
            errors.Add("source", $"'{source}' is not an Annex C.3 risk source (C.3.1 to C.3.{CatalogLibrary.Iso42001.AnnexCRiskSources.Count}).");
        }

        foreach (var objective in input.Objectives ?? [])
        {
            if (!CatalogLibrary.Iso42001.AnnexCObjectives.Any(o => o.Id == objective?.Trim()))
            {
                errors.Add("objectives", $"'{objective}' is not an Annex C.2 objective (C.2.1 to C.2.{CatalogLibrary.Iso42001.AnnexCObjectives.Count}).");
            }
        }

        if (input.Objectives is { } list && list.Select(o => o?.Trim()).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            errors.Add("objectives", "An objective is listed twice.");
        }

        errors.Ids(Field("contextIssueIds"), input.ContextIssueIds);
        errors.Ids(Field("requirementIds"), input.RequirementIds);
        errors.Ids(Field("datasetIds"), input.DatasetIds);
        errors.Ids(Field("thirdPartyIds"), input.ThirdPartyIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, RiskInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        if (input.AiSystemId is { } systemId && !await db.AiSystems.AnyAsync(s => s.Id == systemId, ct))
        {
            errors.Add("aiSystemId", $"No AI system {systemId:D} in this organization.");
        }

        await RecordLinks.CheckAsync(db, Field("contextIssueIds"), input.ContextIssueIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("requirementIds"), input.RequirementIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("datasetIds"), input.DatasetIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("thirdPartyIds"), input.ThirdPartyIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, Risk record, RiskInput input, CancellationToken ct)
    {
        record.Title = input.Title!.Trim();
        record.Description = Clean(input.Description);
        record.AiSystemId = input.AiSystemId;
        record.Source = Clean(input.Source);
        record.Objectives = AiSystems.Profile.ProfileLists.Store<string>(
            [.. (input.Objectives ?? []).Select(o => o.Trim()).OrderBy(o => o, IdentifierComparer.Instance)]);
        record.ConsequencesOrganization = Clean(input.ConsequencesOrganization);
        record.ConsequencesIndividuals = Clean(input.ConsequencesIndividuals);
        record.ConsequencesSociety = Clean(input.ConsequencesSociety);
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        foreach (var (register, ids) in new[]
                 {
                     (Context.ContextRegister.Name, input.ContextIssueIds), (Parties.PartyRegisters.RequirementsName, input.RequirementIds),
                     (Datasets.DatasetRegister.Name, input.DatasetIds), (ThirdParties.ThirdPartyRegister.Name, input.ThirdPartyIds),
                 })
        {
            await RecordLinks.ReplaceAsync(db, caller.OrganizationId, RiskRegister.Name, record.Id, register, (ids ?? []).Select(id => id.ToString("D")), ct);
        }
    }

    /// <summary>A risk to change in <paramref name="db"/>; an archived one is refused (restore it first).</summary>
    internal async Task<Risk> FindActiveAsync(AimsDbContext db, Guid id, CancellationToken ct)
    {
        var risk = await Register.FindForChangeAsync(db, id, expectedVersion: null, ct);
        return risk.ArchivedAt is null ? risk
            : throw new Common.ValidationFailedException("status", "An archived risk cannot be changed; restore it first.");
    }

    public override RiskInput ToInput(RiskView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Title = view.Title, Description = view.Description, AiSystemId = view.AiSystem is { } s ? Guid.Parse(s.Id) : null, Source = view.Source,
            Objectives = view.Objectives, ConsequencesOrganization = view.ConsequencesOrganization, ConsequencesIndividuals = view.ConsequencesIndividuals,
            ConsequencesSociety = view.ConsequencesSociety, OwnerId = view.OwnerId,
            ContextIssueIds = [.. view.ContextIssues.Select(r => Guid.Parse(r.Id))], RequirementIds = [.. view.Requirements.Select(r => Guid.Parse(r.Id))],
            DatasetIds = [.. view.Datasets.Select(r => Guid.Parse(r.Id))], ThirdPartyIds = [.. view.ThirdParties.Select(r => Guid.Parse(r.Id))],
        };
    }
}
