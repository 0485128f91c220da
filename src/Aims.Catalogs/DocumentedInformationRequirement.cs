namespace Aims.Catalogs;

/// <summary>One piece of documented information a clause requires.</summary>
/// <param name="Kind">Document (available/maintained) or record (retained).</param>
/// <param name="Description">What has to exist, in our own words.</param>
public sealed record DocumentedInformationRequirement(DocumentedInformationKind Kind, string Description);
