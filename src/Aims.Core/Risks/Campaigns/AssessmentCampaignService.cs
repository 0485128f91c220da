using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks.Campaigns;

/// <summary>Create and edit risk assessment campaigns: a period and the AI systems it covers.</summary>
public sealed class AssessmentCampaignService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<AssessmentCampaign, AssessmentCampaignView, AssessmentCampaignInput>(AssessmentCampaignRegister.Create(clock), dbFactory, lists)
{
    /// <summary>The longest period one campaign may cover.</summary>
    public const int MaxDays = 366;

    public override IReadOnlyList<RegisterField> Fields => Form;

    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Campaign", required: true, "\"Annual AI risk assessment 2027\"."),
        RegisterField.Date("startsOn", "Starts on", required: true),
        RegisterField.Date("endsOn", "Ends on", required: true, "A risk of a covered system counts as assessed when it was rated between these days."),
        RegisterField.References("aiSystemIds", "AI systems", "ai-systems",
            "The systems the cycle covers; an auditor checks every system in scope is assessed at the planned intervals (8.2)."),
        RegisterField.Paragraphs("description", "Description", help: "Who takes part, the method, what triggered an extra cycle."),
    ];

    protected override void Validate(AssessmentCampaignInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Present(Field("startsOn"), input.StartsOn);
        errors.Present(Field("endsOn"), input.EndsOn);
        if (input.StartsOn is { } start && input.EndsOn is { } end)
        {
            if (end < start)
            {
                errors.Add("endsOn", "The campaign ends before it starts.");
            }
            else if (end.DayNumber - start.DayNumber >= MaxDays)
            {
                errors.Add("endsOn", $"One campaign covers at most {MaxDays} days; plan one per cycle.");
            }
        }

        errors.Ids(Field("aiSystemIds"), input.AiSystemIds);
        if (input.AiSystemIds is not { Count: > 0 })
        {
            errors.Add("aiSystemIds", "Choose the AI systems the campaign covers.");
        }

        errors.Text(Field("description"), input.Description);
    }

    protected override Task ValidateAsync(AimsDbContext db, Caller caller, AssessmentCampaignInput input, FieldErrors errors, CancellationToken ct) =>
        RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, AssessmentCampaign record, AssessmentCampaignInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.StartsOn = input.StartsOn!.Value;
        record.EndsOn = input.EndsOn!.Value;
        var calendar = Organizations.OrganizationCalendar.For(db.TimeZone);
        (record.StartsAt, record.EndsAt) = (calendar.StartOfDay(record.StartsOn), calendar.EndOfDay(record.EndsOn));
        record.Description = Clean(input.Description);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, AssessmentCampaignRegister.Name, record.Id, "ai-systems",
            (input.AiSystemIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override AssessmentCampaignInput ToInput(AssessmentCampaignView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Name, StartsOn = view.StartsOn, EndsOn = view.EndsOn, Description = view.Description,
            AiSystemIds = [.. view.Systems.Select(s => Guid.Parse(s.Id))],
        };
    }
}
