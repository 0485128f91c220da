namespace Aims.Core.Parties;

/// <summary>What people read for the interested-party registers' values.</summary>
public static class PartyLabels
{
    public static string Kind(PartyKind kind) => kind switch
    {
        PartyKind.Regulator => "Regulator or authority",
        PartyKind.Customer => "Customers",
        PartyKind.Employees => "Employees",
        PartyKind.AffectedPersons => "Affected persons",
        PartyKind.Public => "The public",
        PartyKind.Supplier => "Suppliers",
        PartyKind.Partner => "Partners",
        PartyKind.Investor => "Investors",
        _ => "Other",
    };

    public static string Relevance(PartyRelevance relevance) => relevance switch
    {
        PartyRelevance.High => "High",
        PartyRelevance.Medium => "Medium",
        _ => "Low",
    };

    public static string Source(RequirementSource source) => source switch
    {
        RequirementSource.Law => "Law or regulation",
        RequirementSource.Contract => "Contract",
        RequirementSource.VoluntaryCommitment => "Voluntary commitment",
        _ => "Other",
    };

    public static string Coverage(RequirementCoverage coverage) => coverage switch
    {
        RequirementCoverage.Addressed => "Addressed",
        RequirementCoverage.Gap => "Gap",
        _ => "Outside the AIMS",
    };

    /// <summary>How a requirement stands, and why.</summary>
    public static (RequirementCoverage Coverage, string Reason) CoverageOf(bool throughAims, int links) =>
        !throughAims ? (RequirementCoverage.OutsideAims, "Decided not to address it through the AIMS.")
        : links == 0 ? (RequirementCoverage.Gap, "The AIMS must address it, but no document, control or objective is linked to it.")
        : (RequirementCoverage.Addressed, $"Addressed through {links} linked record(s).");
}
