using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Datasets;

/// <summary>Create and edit the datasets of the data register (Annex A.7).</summary>
public sealed class DatasetService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<Dataset, DatasetView, DatasetInput>(DatasetRegister.Definition, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Dataset", required: true, "\"Credit applications 2019–2025 (training split)\"."),
        RegisterField.Choice<DatasetPurpose>("purpose", "Purpose", DatasetLabels.Purpose),
        RegisterField.References("aiSystemIds", "AI systems", "ai-systems", "The systems built, tested or run on it."),
        RegisterField.Paragraphs("description", "Description", help: "What it holds: records, period, fields, size."),
        RegisterField.Paragraphs("provenance", "Provenance", help:
            "A.7.5: where the data comes from and how it got here — its origin, the systems it passed through, the versions taken."),
        RegisterField.Choice<DataAcquisition>("acquisition", "Acquired", DatasetLabels.Acquisition, help:
            "A.7.3: how you came to hold it. Data from outside needs its terms recorded."),
        RegisterField.Paragraphs("terms", "Terms", help: "The licence, contract or data-sharing agreement and what it allows."),
        RegisterField.Choice<PersonalData>("personalData", "Personal data", DatasetLabels.Personal),
        RegisterField.Text("legalBasis", "Legal basis", help: "Required when it holds personal data: the GDPR basis (and Art. 9 condition for special categories)."),
        RegisterField.Paragraphs("qualityRequirements", "Quality requirements", help:
            "A.7.4: what the data must be for its purpose — completeness, accuracy, representativeness of the people affected."),
        RegisterField.Paragraphs("qualityResults", "Quality results", help: "What the last check showed; link the report or computed drift document as evidence."),
        RegisterField.Paragraphs("preparation", "Preparation", help: "A.7.6: cleaning, labelling, imputation, sampling and the tools used."),
        RegisterField.Text("retention", "Retention", help: "\"Seven years after the contract ends\"."),
        RegisterField.Member("ownerId", "Owner"),
        RegisterField.References("evidenceIds", "Evidence", "evidence", "A data-quality report, a drift document, a data-sharing agreement."),
    ];

    protected override void Validate(DatasetInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Choice(Field("purpose"), input.Purpose);
        errors.Ids(Field("aiSystemIds"), input.AiSystemIds);
        foreach (var (key, value) in new[]
                 {
                     ("description", input.Description), ("provenance", input.Provenance), ("terms", input.Terms), ("legalBasis", input.LegalBasis),
                     ("qualityRequirements", input.QualityRequirements), ("qualityResults", input.QualityResults), ("preparation", input.Preparation),
                     ("retention", input.Retention),
                 })
        {
            errors.Text(Field(key), value);
        }

        errors.Choice(Field("acquisition"), input.Acquisition);
        errors.Choice(Field("personalData"), input.PersonalData);
        if (input.PersonalData is Datasets.PersonalData.Personal or Datasets.PersonalData.SpecialCategory && string.IsNullOrWhiteSpace(input.LegalBasis))
        {
            errors.Add("legalBasis", "Legal basis is required for a dataset with personal data.");
        }

        errors.Ids(Field("evidenceIds"), input.EvidenceIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, DatasetInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        await RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("evidenceIds"), input.EvidenceIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, Dataset record, DatasetInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Purpose = input.Purpose!.Value;
        record.Description = Clean(input.Description);
        record.Provenance = Clean(input.Provenance);
        record.Acquisition = input.Acquisition!.Value;
        record.Terms = Clean(input.Terms);
        record.PersonalData = input.PersonalData!.Value;
        record.LegalBasis = Clean(input.LegalBasis);
        record.QualityRequirements = Clean(input.QualityRequirements);
        record.QualityResults = Clean(input.QualityResults);
        record.Preparation = Clean(input.Preparation);
        record.Retention = Clean(input.Retention);
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, DatasetRegister.Name, record.Id, "ai-systems",
            (input.AiSystemIds ?? []).Select(id => id.ToString("D")), ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, DatasetRegister.Name, record.Id, "evidence",
            (input.EvidenceIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override DatasetInput ToInput(DatasetView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Name, Purpose = view.Purpose, Description = view.Description, Provenance = view.Provenance, Acquisition = view.Acquisition,
            Terms = view.Terms, PersonalData = view.PersonalData, LegalBasis = view.LegalBasis, QualityRequirements = view.QualityRequirements,
            QualityResults = view.QualityResults, Preparation = view.Preparation, Retention = view.Retention, OwnerId = view.OwnerId,
            AiSystemIds = [.. view.AiSystems.Select(s => Guid.Parse(s.Id))], EvidenceIds = [.. view.Evidence.Select(e => Guid.Parse(e.Id))],
        };
    }
}
