using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Context;

/// <summary>Create and edit context issues (clause 4.1); the shared register use cases come with <see cref="RegisterEditor{T, TView, TInput}.Register"/>.</summary>
public sealed class ContextIssueService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<ContextIssue, ContextIssueView, ContextIssueInput>(ContextRegister.Create(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("title", "Title", required: true, "The issue in a few words, as you would name it in a management review."),
        RegisterField.Choice<ContextOrigin>("origin", "Internal or external", ContextLabels.Origin, help:
            "External issues come from outside (laws, markets, society); internal ones from the organization itself (culture, skills, systems)."),
        RegisterField.Choice<ContextCategory>("category", "Category", ContextLabels.Category),
        RegisterField.Choice<ContextEffect>("effect", "Effect on the AIMS", ContextLabels.Effect, help:
            "An auditor asks how each issue was taken into account: a risk to treat, an opportunity to pursue, or context that needs no action."),
        RegisterField.Paragraphs("description", "Description", help: "What the issue is, where it comes from and how it bears on the AI systems."),
        RegisterField.Member("ownerId", "Owner", "Who watches the issue and brings changes to the management review (default: you)."),
        RegisterField.Date("reviewDate", "Review date", required: true, "When the issue is next looked at; clause 4.1 expects the context to be kept current."),
        RegisterField.References("objectiveIds", "Objectives it shapes", "objectives"),
        RegisterField.References("documentIds", "Documents", "documents", "Where the issue is analysed or addressed (a context analysis, a policy)."),
    ];

    protected override void Validate(ContextIssueInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("title"), input.Title);
        errors.Choice(Field("origin"), input.Origin);
        errors.Choice(Field("category"), input.Category);
        errors.Choice(Field("effect"), input.Effect);
        errors.Text(Field("description"), input.Description);
        errors.Day(Field("reviewDate"), input.ReviewDate);
        errors.Ids(Field("objectiveIds"), input.ObjectiveIds);
        errors.Ids(Field("documentIds"), input.DocumentIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, ContextIssueInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        await RecordLinks.CheckAsync(db, Field("objectiveIds"), input.ObjectiveIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("documentIds"), input.DocumentIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, ContextIssue record, ContextIssueInput input, CancellationToken ct)
    {
        record.Title = input.Title!.Trim();
        record.Origin = input.Origin!.Value;
        record.Category = input.Category!.Value;
        record.Effect = input.Effect!.Value;
        record.Description = Clean(input.Description);
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        record.ReviewDate = input.ReviewDate!.Value;
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, ContextRegister.Name, record.Id, "objectives",
            (input.ObjectiveIds ?? []).Select(id => id.ToString("D")), ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, ContextRegister.Name, record.Id, "documents",
            (input.DocumentIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override ContextIssueInput ToInput(ContextIssueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Title = view.Title, Origin = view.Origin, Category = view.Category, Effect = view.Effect, Description = view.Description,
            OwnerId = view.OwnerId, ReviewDate = view.ReviewDate,
            ObjectiveIds = [.. view.Objectives.Select(o => Guid.Parse(o.Id))], DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))],
        };
    }
}
