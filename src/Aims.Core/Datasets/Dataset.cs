using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Datasets;

/// <summary>What a dataset is used for in an AI system's life.</summary>
public enum DatasetPurpose
{
    Training,
    Validation,
    Testing,
    ProductionInput,
    Reference,
}

/// <summary>How the organization came to hold the data (A.7.3).</summary>
public enum DataAcquisition
{
    CollectedInHouse,
    ProvidedByCustomer,
    Purchased,
    Licensed,
    PublicOpenData,
    Synthetic,
    Other,
}

/// <summary>Whether the data relates to people, and how sensitively.</summary>
public enum PersonalData
{
    None,
    Personal,
    SpecialCategory,
}

/// <summary>
/// One dataset an AI system is built, tested or run on (Annex A.7): what it is for, where it comes from and how it was
/// acquired, whether it holds personal data and on what legal basis, the quality it must have and has shown, how it
/// was prepared, how long it is kept and who owns it. The AI systems using it and its evidence are links.
/// </summary>
public sealed class Dataset : RegisterRecord
{
    public string Name { get; set; } = "";
    public DatasetPurpose Purpose { get; set; }
    public string? Description { get; set; }
    public string? Provenance { get; set; }
    public DataAcquisition Acquisition { get; set; }
    public string? Terms { get; set; }
    public PersonalData PersonalData { get; set; }
    public string? LegalBasis { get; set; }
    public string? QualityRequirements { get; set; }
    public string? QualityResults { get; set; }
    public string? Preparation { get; set; }
    public string? Retention { get; set; }
    public Guid OwnerId { get; set; }
}

public sealed record DatasetInput
{
    public string? Name { get; init; }
    public DatasetPurpose? Purpose { get; init; }
    public string? Description { get; init; }
    public string? Provenance { get; init; }
    public DataAcquisition? Acquisition { get; init; }
    public string? Terms { get; init; }
    public PersonalData? PersonalData { get; init; }
    public string? LegalBasis { get; init; }
    public string? QualityRequirements { get; init; }
    public string? QualityResults { get; init; }
    public string? Preparation { get; init; }
    public string? Retention { get; init; }
    public Guid? OwnerId { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public IReadOnlyList<Guid>? EvidenceIds { get; init; }
}

/// <param name="Gaps">What Annex A.7 expects of this dataset that it does not record yet, in words.</param>
public sealed record DatasetView(
    Guid Id, string Name, DatasetPurpose Purpose, string? Description, string? Provenance, DataAcquisition Acquisition, string? Terms,
    PersonalData PersonalData, string? LegalBasis, string? QualityRequirements, string? QualityResults, string? Preparation, string? Retention,
    Guid OwnerId, string? Owner, IReadOnlyList<RecordRef> AiSystems, IReadOnlyList<RecordRef> Evidence, IReadOnlyList<string> Gaps,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

/// <summary>What Annex A.7 asks to be recorded about a dataset, checked one way for its page, its list and readiness.</summary>
public static class DatasetGaps
{
    public static bool FromOutside(DataAcquisition acquisition) =>
        acquisition is DataAcquisition.Purchased or DataAcquisition.Licensed or DataAcquisition.ProvidedByCustomer or DataAcquisition.PublicOpenData;

    public static bool BuildsModels(DatasetPurpose purpose) =>
        purpose is DatasetPurpose.Training or DatasetPurpose.Validation or DatasetPurpose.Testing;

    public static IReadOnlyList<string> Of(DatasetPurpose purpose, DataAcquisition acquisition, string? provenance, string? terms,
        string? qualityRequirements, string? qualityResults, string? preparation)
    {
        var gaps = new List<string>();
        if (string.IsNullOrWhiteSpace(provenance))
        {
            gaps.Add("no provenance (A.7.5)");
        }

        if (FromOutside(acquisition) && string.IsNullOrWhiteSpace(terms))
        {
            gaps.Add("acquired from outside without its terms (A.7.3)");
        }

        if (BuildsModels(purpose) && (string.IsNullOrWhiteSpace(qualityRequirements) || string.IsNullOrWhiteSpace(qualityResults)))
        {
            gaps.Add("quality requirements or results missing (A.7.4)");
        }

        if (purpose == DatasetPurpose.Training && string.IsNullOrWhiteSpace(preparation))
        {
            gaps.Add("preparation not recorded (A.7.6)");
        }

        return gaps;
    }
}

public static class DatasetLabels
{
    public static string Purpose(DatasetPurpose purpose) => purpose switch
    {
        DatasetPurpose.Training => "Training",
        DatasetPurpose.Validation => "Validation",
        DatasetPurpose.Testing => "Testing",
        DatasetPurpose.ProductionInput => "Production input",
        _ => "Reference",
    };

    public static string Acquisition(DataAcquisition acquisition) => acquisition switch
    {
        DataAcquisition.CollectedInHouse => "Collected in house",
        DataAcquisition.ProvidedByCustomer => "Provided by a customer",
        DataAcquisition.Purchased => "Purchased",
        DataAcquisition.Licensed => "Licensed",
        DataAcquisition.PublicOpenData => "Public or open data",
        DataAcquisition.Synthetic => "Synthetic",
        _ => "Other",
    };

    public static string Personal(PersonalData personal) => personal switch
    {
        PersonalData.None => "No personal data",
        PersonalData.Personal => "Personal data",
        _ => "Special-category data",
    };
}
