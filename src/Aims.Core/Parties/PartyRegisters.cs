using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Parties;

/// <summary>
/// The interested-party register and the register of their requirements (clause 4.2). Every sort and filter has an
/// index in <see cref="PartyConfigurations"/>.
/// </summary>
public static class PartyRegisters
{
    public const string PartiesName = "interested-parties";
    public const string RequirementsName = "requirements";

    public static RegisterDefinition<InterestedParty, InterestedPartyView> Parties { get; } = new()
    {
        Name = PartiesName,
        Noun = "interested party",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<InterestedParty>(
            new SortField<InterestedParty>("name").Then(p => p.Name),
            new SortField<InterestedParty>("kind").Then(p => p.Kind).Then(p => p.Name),
            new SortField<InterestedParty>("relevance").Then(p => p.Relevance).Then(p => p.Name),
            new SortField<InterestedParty>("updatedAt").Then(p => p.UpdatedAt),
            new SortField<InterestedParty>("createdAt").Then(p => p.CreatedAt)),
        Filters =
        [
            RegisterFilter<InterestedParty>.Equal("kind", p => p.Kind, "Only parties of this kind."),
            RegisterFilter<InterestedParty>.Equal("relevance", p => p.Relevance, "high, medium or low."),
            RegisterFilter<InterestedParty>.Equal("ownerId", p => p.OwnerId, "Only parties owned by this member (user id)."),
            EditedFilters.Status<InterestedParty>(),
        ],
        Search = new RegisterSearch<InterestedParty>("InterestedPartySearch", "InterestedPartyId", p => p.Name, p => p.Description),
        Project = (db, parties) => parties.Select(p => new InterestedPartyView(p.Id, p.Name, p.Kind, p.Relevance, p.Description,
            p.OwnerId, db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            db.Set<PartyRequirement>().Count(r => r.PartyId == p.Id && r.ArchivedAt == null),
            db.Set<PartyRequirement>().Count(r => r.PartyId == p.Id && r.ArchivedAt == null && r.AddressedThroughAims && r.LinkCount == 0),
            p.ArchivedAt, p.ArchiveReason, p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.UpdatedBy, p.Version)),
        ListColumns = ["name", "kind", "relevance", "requirements", "gaps", "owner"],
        Columns =
        [
            new("id", "Id", p => p.Id),
            new("name", "Name", p => p.Name),
            new("kind", "Kind", p => PartyLabels.Kind(p.Kind)),
            new("relevance", "Relevance", p => PartyLabels.Relevance(p.Relevance)),
            new("requirements", "Requirements", p => p.Requirements),
            new("gaps", "Gaps", p => p.Gaps),
            new("owner", "Owner", p => p.OwnerName),
            new("description", "Their interest", p => p.Description),
            .. RecordColumns.Audit<InterestedPartyView>(),
        ],
    };

    public static RegisterDefinition<PartyRequirement, PartyRequirementView> Requirements { get; } = new()
    {
        Name = RequirementsName,
        Noun = "requirement",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<PartyRequirement>(
            new SortField<PartyRequirement>("title").Then(r => r.Title),
            new SortField<PartyRequirement>("source").Then(r => r.Source).Then(r => r.Title),
            new SortField<PartyRequirement>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<PartyRequirement>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<PartyRequirement>.Equal("partyId", r => r.PartyId, "Only requirements of this interested party (id)."),
            RegisterFilter<PartyRequirement>.Equal("source", r => r.Source, "law, contract, voluntaryCommitment or other."),
            RegisterFilter<PartyRequirement>.Custom("coverage", "addressed, gap or outsideAims.",
                [.. Enum.GetValues<RequirementCoverage>().Select(Common.ApiNames.Of)], text => text.ToUpperInvariant() switch
                {
                    "ADDRESSED" => (r => r.AddressedThroughAims && r.LinkCount > 0, null),
                    "GAP" => (r => r.AddressedThroughAims && r.LinkCount == 0, null),
                    "OUTSIDEAIMS" => (r => !r.AddressedThroughAims, null),
                    _ => (null, $"Unknown value '{text}'. Use one of: {Common.ApiNames.ListOf<RequirementCoverage>()}."),
                }),
            EditedFilters.Status<PartyRequirement>(),
        ],
        Search = new RegisterSearch<PartyRequirement>("PartyRequirementSearch", "PartyRequirementId",
            r => r.Title, r => r.Description, r => r.SourceReference, r => r.How),
        Project = Project,
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["title", "party", "source", "sourceReference", "coverage"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("title", "Requirement", r => r.Title),
            new("party", "Interested party", r => r.PartyName),
            new("source", "Source", r => PartyLabels.Source(r.Source)),
            new("sourceReference", "Source reference", r => r.SourceReference),
            new("addressedThroughAims", "Addressed through the AIMS", r => r.AddressedThroughAims),
            new("coverage", "Coverage", r => PartyLabels.Coverage(r.Coverage)),
            new("how", "How it is addressed", r => r.How),
            new("documents", "Documents", r => RecordColumns.Names(r.Documents)),
            new("controls", "Annex A controls", r => r.Controls.Count == 0 ? null : string.Join("; ", r.Controls.Select(c => c.Id))),
            new("objectives", "Objectives", r => RecordColumns.Names(r.Objectives)),
            new("description", "Description", r => r.Description),
            .. RecordColumns.Audit<PartyRequirementView>(),
        ],
    };

    private static IQueryable<PartyRequirementView> Project(AimsDbContext db, IQueryable<PartyRequirement> requirements) =>
        requirements.Select(r => new
        {
            Requirement = r,
            PartyName = db.Set<InterestedParty>().Where(p => p.Id == r.PartyId).Select(p => p.Name).FirstOrDefault(),
            Links = db.Set<RecordLink>().Where(l => l.SourceId == r.Id).Select(l => new LinkRow
            {
                Register = l.TargetRegister,
                Id = l.TargetId,
                Name = l.TargetRegister == "documents"
                    ? db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault()
                    : l.TargetRegister == "objectives"
                        ? db.Set<Objectives.AiObjective>().Where(o => o.Id == l.TargetRecordId).Select(o => o.Title).FirstOrDefault()
                        : null,
            }).ToList(),
        }).Select(x => ToView(x.Requirement, x.PartyName, x.Links));

    private static PartyRequirementView ToView(PartyRequirement r, string? partyName, List<LinkRow> links)
    {
        var (coverage, reason) = PartyLabels.CoverageOf(r.AddressedThroughAims, r.LinkCount);
        return new PartyRequirementView(r.Id, r.PartyId, partyName, r.Title, r.Description, r.Source, r.SourceReference,
            r.AddressedThroughAims, r.How, coverage, reason, Of(links, "documents"),
            [.. Of(links, "controls").Select(c => c with { Name = CatalogLibrary.Iso42001.FindControl(c.Id)?.Title })
                .OrderBy(c => c.Id, IdentifierComparer.Instance)],
            Of(links, "objectives"), r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version);
    }

    private static List<RecordRef> Of(List<LinkRow> links, string register) =>
        [.. links.Where(l => l.Register == register).Select(l => new RecordRef(l.Id, l.Name)).OrderBy(l => l.Name ?? l.Id, StringComparer.CurrentCultureIgnoreCase)];

    private sealed class LinkRow
    {
        public required string Register { get; init; }
        public required string Id { get; init; }
        public string? Name { get; init; }
    }
}
