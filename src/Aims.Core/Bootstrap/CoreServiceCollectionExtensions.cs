using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aims.Core.Bootstrap;

/// <summary>Everything Core needs, registered identically by the web host and the CLI.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IdentityBuilder AddAimsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddAimsDatabase(configuration);
        services.AddSingleton(sp => Ledger.LedgerKeySettings.From(configuration, sp.GetRequiredService<DatabaseSettings>().DataDirectory));
        services.AddSingleton(sp => Evidence.Files.FileStoreSettings.From(configuration, sp.GetRequiredService<DatabaseSettings>().DataDirectory));
        services.AddSingleton<Evidence.Files.IFileStore, Evidence.Files.LocalFileStore>();
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AimsDbContext>>().CreateDbContext());
        services.AddSingleton<Ledger.LedgerHeadReader>();
        services.AddSingleton<Registers.RegisterListCache>();
        services.AddSingleton<AiSystemService>();
        services.AddSingleton<Registers.Import.RegisterImport>();
        services.AddSingleton<AiSystems.Lifecycle.LifecycleService>();
        services.AddSingleton<AiSystems.Dossier.AiSystemDossierService>();
        services.AddSingleton<AiSystems.Lifecycle.LifecycleArtefacts>();
        services.AddSingleton<AiSystems.Lifecycle.LifecycleGateRules>();
        services.AddSingleton<AiSystems.EuAiAct.EuAiActService>();
        services.AddSingleton<Readiness.ReadinessService>();
        foreach (var rule in Readiness.Rules.DocumentReadinessRules.For(Catalogs.CatalogLibrary.Iso42001)
                     .Concat(Readiness.Rules.EstablishmentRules.All()).Concat(Readiness.Rules.LeadershipAndSupportRules.All())
                     .Concat(Readiness.Rules.AwarenessAndCommunicationRules.All()).Concat(Readiness.Rules.DataRules.All()).Concat(Readiness.Rules.ThirdPartyRules.All())
                     .Concat(Readiness.Rules.AiSystemProfileRules.All()).Concat(Readiness.Rules.LifecycleRules.All()).Concat(Readiness.Rules.RiskRules.All())
                     .Append(new Readiness.Rules.EstablishedRule()))
        {
            services.AddSingleton(rule);
        }
        services.AddSingleton(sp => sp.GetRequiredService<AiSystemService>().Register);
        AddEditor<Context.ContextIssueService, Context.ContextIssue, Context.ContextIssueView, Context.ContextIssueInput>(services);
        AddEditor<Context.AiRoleService, Context.AiRoleAssignment, Context.AiRoleAssignmentView, Context.AiRoleAssignmentInput>(services);
        AddEditor<Parties.InterestedPartyService, Parties.InterestedParty, Parties.InterestedPartyView, Parties.InterestedPartyInput>(services);
        AddEditor<Parties.PartyRequirementService, Parties.PartyRequirement, Parties.PartyRequirementView, Parties.PartyRequirementInput>(services);
        AddEditor<Objectives.ObjectiveService, Objectives.AiObjective, Objectives.AiObjectiveView, Objectives.AiObjectiveInput>(services);
        AddEditor<Leadership.AimsRoleService, Leadership.AimsRole, Leadership.AimsRoleView, Leadership.AimsRoleInput>(services);
        AddEditor<Leadership.RaciService, Leadership.RaciEntry, Leadership.RaciEntryView, Leadership.RaciEntryInput>(services);
        AddEditor<Leadership.LeadershipRecordService, Leadership.LeadershipRecord, Leadership.LeadershipRecordView, Leadership.LeadershipRecordInput>(services);
        AddEditor<Support.PersonService, Support.Person, Support.PersonView, Support.PersonInput>(services);
        AddEditor<Support.CompetenceService, Support.CompetenceRecord, Support.CompetenceRecordView, Support.CompetenceRecordInput>(services);
        AddEditor<Support.PlannedChangeService, Support.PlannedChange, Support.PlannedChangeView, Support.PlannedChangeInput>(services);
        AddEditor<Support.AimsResourceService, Support.AimsResource, Support.AimsResourceView, Support.AimsResourceInput>(services);
        AddEditor<Support.CommunicationPlanService, Support.CommunicationPlanItem, Support.CommunicationPlanItemView, Support.CommunicationPlanItemInput>(services);
        AddEditor<Support.CommunicationRecordService, Support.CommunicationRecord, Support.CommunicationRecordView, Support.CommunicationRecordInput>(services);
        AddEditor<Datasets.DatasetService, Datasets.Dataset, Datasets.DatasetView, Datasets.DatasetInput>(services);
        AddEditor<ThirdParties.ThirdPartyService, ThirdParties.ThirdParty, ThirdParties.ThirdPartyView, ThirdParties.ThirdPartyInput>(services);
        AddEditor<Risks.RiskService, Risks.Risk, Risks.RiskView, Risks.RiskInput>(services);
        AddEditor<Risks.Campaigns.AssessmentCampaignService, Risks.Campaigns.AssessmentCampaign, Risks.Campaigns.AssessmentCampaignView, Risks.Campaigns.AssessmentCampaignInput>(services);
        services.AddSingleton<Risks.RiskDecisions>();
        services.AddSingleton<Risks.RiskHeatMap>();
        services.AddSingleton<Risks.RiskActions>();
        services.AddSingleton<Risks.RiskTreatmentPlan>();
        services.AddSingleton<Risks.Criteria.RiskCriteriaService>();
        services.AddSingleton<Controls.ControlService>();
        services.AddSingleton<Scope.ScopeService>();
        services.AddSingleton<Readiness.StartGuide>();
        services.AddSingleton<Evidence.EvidenceService>();
        services.AddSingleton(sp => sp.GetRequiredService<Evidence.EvidenceService>().Register);
        services.AddSingleton<Evidence.EvidenceUploads>();
        services.AddSingleton<Documents.Rendering.MarkdownRenderer>();
        services.AddSingleton<Documents.Rendering.RenderedMarkdownCache>();
        services.AddSingleton<Documents.DocumentService>();
        services.AddSingleton(sp => sp.GetRequiredService<Documents.DocumentService>().Register);
        services.AddSingleton<Documents.DocumentVersionService>();
        services.AddSingleton<Documents.DocumentVersionFiles>();
        services.AddSingleton<Documents.Snapshots.DocumentSnapshots>();
        services.AddSingleton<Documents.DocumentWorkflowService>();
        services.AddSingleton<Documents.DocumentCommunicationService>();
        services.AddSingleton<Documents.Export.DocumentExportService>();
        // Scoped: approval re-authenticates through Identity's user manager, which is scoped.
        services.AddScoped<Reauthentication>();
        services.AddScoped<Documents.DocumentApprovalService>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SignInLockout>();
        services.AddScoped<PasswordChangeService>();
        services.AddSingleton<OrganizationService>();
        services.AddSingleton<MembershipService>();
        services.AddSingleton<Ledger.LedgerQueryService>();
        AddReminders(services);
        services.AddScoped<AimsInitializer>();
        services.AddScoped<Administration.InstallationAdminService>();
        services.AddScoped<Administration.PersonErasureService>();
        services.Configure<BootstrapOptions>(configuration.GetSection("Aims:Bootstrap"));
        return services.AddIdentityCore<AimsUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AimsDbContext>();
    }

    /// <summary>
    /// "My work", notifications and the reminder job. Features add their own <see cref="Reminders.MyWork.IMyWorkSource"/>
    /// singletons; mail stays off (<see cref="Reminders.Mail.ReminderMailSettings.Disabled"/>) unless the host enables it.
    /// </summary>
    private static void AddReminders(IServiceCollection services)
    {
        services.AddSingleton<Reminders.MyWork.IMyWorkSource, ApiTokenWorkSource>();
        services.AddSingleton<Reminders.MyWork.IMyWorkSource, Documents.DocumentWorkSource>();
        services.AddSingleton<Reminders.MyWork.IMyWorkSource, Evidence.EvidenceWorkSource>();
        services.AddSingleton<Reminders.MyWork.IMyWorkSource, Risks.RiskWorkSource>();
        services.AddSingleton<Reminders.MyWork.MyWorkService>();
        services.AddSingleton<Reminders.Notifications.NotificationService>();
        services.TryAddSingleton(Reminders.Mail.ReminderMailSettings.Disabled);
        services.AddSingleton<Reminders.Mail.MailOutbox>();
        services.AddSingleton<Reminders.Scheduling.DatabaseLease>();
        services.AddSingleton<Reminders.ReminderJob>();
    }

    /// <summary>Password policy and lockout: long passwords over composition tricks, lockout against guessing.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>An edited register: its editor, and its <see cref="Registers.Register{T, TView}"/> for the shared endpoints.</summary>
    private static void AddEditor<TEditor, T, TView, TInput>(IServiceCollection services)
        where TEditor : Registers.Editing.RegisterEditor<T, TView, TInput>
        where T : Registers.RegisterRecord, new()
        where TView : Registers.IRegisterView
        where TInput : class
    {
        services.AddSingleton<TEditor>();
        services.AddSingleton(sp => sp.GetRequiredService<TEditor>().Register);
    }
}
