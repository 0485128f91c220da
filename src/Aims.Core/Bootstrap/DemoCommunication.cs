using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Support;
using static Aims.Core.Bootstrap.DemoRecords;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's communication plan (clause 7.4) and the communications made against it: inside and outside,
/// mostly kept to, with one monthly briefing left overdue for readiness to find.
/// </summary>
internal static class DemoCommunication
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser admin, AimsUser lead, AimsUser engineer, DateOnly today)
    {
        CommunicationPlanItem Plan(string topic, CommunicationDirection direction, string audience, CommunicationChannel channel,
            CommunicationFrequency frequency, int startsInDays, AimsUser by, string? notes = null) => Add(db, new CommunicationPlanItem
        {
            OrganizationId = org.Id, Topic = topic, Direction = direction, Audience = audience, Channel = channel, Frequency = frequency,
            StartsOn = today.AddDays(startsInDays), CommunicatorId = by.Id, Notes = notes,
        });
        void Made(CommunicationPlanItem item, int daysAgo, string subject, string? audience = null) => Add(db, new CommunicationRecord
        {
            OrganizationId = org.Id, PlanItemId = item.Id, Date = today.AddDays(-daysAgo), Subject = subject, Audience = audience ?? item.Audience,
            Channel = item.Channel, CommunicatedById = item.CommunicatorId,
        });

        var policy = Plan("The AI policy and what it asks of staff", CommunicationDirection.Internal, "All staff and contractors",
            CommunicationChannel.Intranet, CommunicationFrequency.Yearly, -200, lead, "Re-sent with every new version of the policy.");
        Made(policy, 180, "AI policy published on the intranet and announced by e-mail");
        var board = Plan("AIMS performance and AI risks", CommunicationDirection.Internal, "Board of directors", CommunicationChannel.Report,
            CommunicationFrequency.Quarterly, -120, lead);
        Made(board, 110, "Q2 AIMS report: objectives, top risks, readiness");
        Made(board, 20, "Q3 AIMS report: objectives, top risks, readiness");
        var models = Plan("Model changes and their effect on underwriting", CommunicationDirection.Internal, "Underwriting team leads",
            CommunicationChannel.Meeting, CommunicationFrequency.Monthly, -90, engineer);
        Made(models, 75, "Credit model v4.2: new bureau fields, threshold unchanged"); // the next one is overdue
        var claims = Plan("How AI is used in claims handling", CommunicationDirection.External, "Policyholders", CommunicationChannel.Website,
            CommunicationFrequency.OnChange, -150, lead, "Updated whenever the triage classifier's role in a decision changes.");
        Made(claims, 140, "Transparency notice on AI-assisted claims triage published");
        Plan("EU AI Act readiness of the CV screening system", CommunicationDirection.External, "Supervisory authority", CommunicationChannel.Letter,
            CommunicationFrequency.Once, 30, admin);
    }
}
