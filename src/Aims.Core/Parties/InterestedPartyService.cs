using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Parties;

/// <summary>Create and edit interested parties (clause 4.2 a).</summary>
public sealed class InterestedPartyService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<InterestedParty, InterestedPartyView, InterestedPartyInput>(PartyRegisters.Parties, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Name", required: true, "Who they are: \"National data protection authority\", \"Loan applicants\"."),
        RegisterField.Choice<PartyKind>("kind", "Kind", PartyLabels.Kind),
        RegisterField.Choice<PartyRelevance>("relevance", "Relevance to the AIMS", PartyLabels.Relevance, help:
            "An auditor asks why each party is relevant and how that was decided; say it in the description."),
        RegisterField.Paragraphs("description", "Their interest", help: "What they expect of your AI systems and why they matter to the AIMS."),
        RegisterField.Member("ownerId", "Owner", "Who keeps in touch with the party and their requirements (default: you)."),
    ];

    protected override void Validate(InterestedPartyInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Choice(Field("kind"), input.Kind);
        errors.Choice(Field("relevance"), input.Relevance);
        errors.Text(Field("description"), input.Description);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, InterestedPartyInput input, FieldErrors errors, CancellationToken ct) =>
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, InterestedParty record, InterestedPartyInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Kind = input.Kind!.Value;
        record.Relevance = input.Relevance!.Value;
        record.Description = Clean(input.Description);
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        return Task.CompletedTask;
    }

    public override InterestedPartyInput ToInput(InterestedPartyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new() { Name = view.Name, Kind = view.Kind, Relevance = view.Relevance, Description = view.Description, OwnerId = view.OwnerId };
    }
}
