using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Parties;

/// <summary>Create and edit the requirements of interested parties (clause 4.2 b, c), with what addresses each.</summary>
public sealed class PartyRequirementService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<PartyRequirement, PartyRequirementView, PartyRequirementInput>(PartyRegisters.Requirements, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Reference("partyId", "Interested party", PartyRegisters.PartiesName) with { Required = true },
        RegisterField.Text("title", "Requirement", required: true, "What the party needs or expects, in one line."),
        RegisterField.Choice<RequirementSource>("source", "Source", PartyLabels.Source, help:
            "Binding requirements (law, contract) are the ones an auditor samples first."),
        RegisterField.Text("sourceReference", "Source reference", help: "The article, clause or commitment: \"EU AI Act Art. 26(1)\", \"MSA §7.3\"."),
        RegisterField.Switch("addressedThroughAims", "Addressed through the AIMS",
            "Clause 4.2 asks which requirements the AIMS addresses. One it addresses must link to what addresses it, or readiness shows a gap."),
        RegisterField.Paragraphs("how", "How it is addressed"),
        RegisterField.References("documentIds", "Documents", "documents"),
        RegisterField.References("controls", "Annex A controls", "controls"),
        RegisterField.References("objectiveIds", "Objectives", "objectives"),
        RegisterField.Paragraphs("description", "Description"),
    ];

    protected override void Validate(PartyRequirementInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Present(Field("partyId"), input.PartyId);
        errors.Text(Field("title"), input.Title);
        errors.Choice(Field("source"), input.Source);
        errors.Text(Field("sourceReference"), input.SourceReference);
        errors.Text(Field("how"), input.How);
        errors.Text(Field("description"), input.Description);
        errors.Ids(Field("documentIds"), input.DocumentIds);
        errors.Ids(Field("objectiveIds"), input.ObjectiveIds);
        RecordLinks.CheckCatalog(Field("controls"), input.Controls, errors);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, PartyRequirementInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.PartyId is { } partyId && !await db.Set<InterestedParty>().AnyAsync(p => p.Id == partyId, ct))
        {
            errors.Add("partyId", $"No interested party {partyId:D} in this organization.");
        }

        await RecordLinks.CheckAsync(db, Field("documentIds"), input.DocumentIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("objectiveIds"), input.ObjectiveIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, PartyRequirement record, PartyRequirementInput input, CancellationToken ct)
    {
        record.PartyId = input.PartyId!.Value;
        record.Title = input.Title!.Trim();
        record.Source = input.Source!.Value;
        record.SourceReference = Clean(input.SourceReference);
        record.AddressedThroughAims = input.AddressedThroughAims ?? true;
        record.How = Clean(input.How);
        record.Description = Clean(input.Description);
        var documents = (input.DocumentIds ?? []).Select(id => id.ToString("D")).ToList();
        var controls = (input.Controls ?? []).Select(c => Catalogs.CatalogLibrary.Iso42001.FindControl(c)!.Id).ToList();
        var objectives = (input.ObjectiveIds ?? []).Select(id => id.ToString("D")).ToList();
        record.LinkCount = documents.Count + controls.Count + objectives.Count;
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, PartyRegisters.RequirementsName, record.Id, "documents", documents, ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, PartyRegisters.RequirementsName, record.Id, "controls", controls, ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, PartyRegisters.RequirementsName, record.Id, "objectives", objectives, ct);
    }

    public override PartyRequirementInput ToInput(PartyRequirementView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            PartyId = view.PartyId, Title = view.Title, Source = view.Source, SourceReference = view.SourceReference,
            AddressedThroughAims = view.AddressedThroughAims, How = view.How, Description = view.Description,
            DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))], Controls = [.. view.Controls.Select(c => c.Id)],
            ObjectiveIds = [.. view.Objectives.Select(o => Guid.Parse(o.Id))],
        };
    }
}
