using System.Security.Cryptography;
using Aims.Core.Access;
using Aims.Core.Administration;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Aims.Core.Bootstrap;

/// <summary>
/// Brings a database to a usable state: applies migrations, creates the first admin when there is no user, and
/// seeds the demo organization on an empty installation. Safe to run on every start (it only fills gaps).
/// </summary>
public sealed class AimsInitializer(
    AimsDbContext db,
    InstallationAdminService accounts,
    IOptions<BootstrapOptions> options,
    ILogger<AimsInitializer> logger,
    LedgerKeySettings ledgerKeys,
    TimeProvider clock,
    IServiceProvider services)
{
    public const string DefaultAdminEmail = "admin@openaims.local";
    public const string DemoSlug = "demo";

    public async Task<InitializationResult> InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        // Data steps of migrations run in code, ledgered (never as raw SQL in the migration itself).
        await AiSystemNameKeyBackfill.RunAsync(db, logger, ct);
        db.Actor = "system:bootstrap";
        var settings = options.Value;
        string? createdEmail = null;
        string? generatedPassword = null;
        AimsUser? admin = null;
        if (!await db.Users.AnyAsync(ct))
        {
            createdEmail = string.IsNullOrWhiteSpace(settings.AdminEmail) ? DefaultAdminEmail : settings.AdminEmail.Trim();
            var password = settings.AdminPassword;
            if (string.IsNullOrEmpty(password))
            {
                password = generatedPassword = GeneratePassword();
            }

            // A printed one-time password was seen on a console or in a log: the admin replaces it at first sign-in.
            // A password given through Aims__Bootstrap__AdminPassword is the admin's own choice (automation) and stays.
            admin = await CreateUserAsync(createdEmail, "Administrator", password, isSystemAdmin: true,
                mustChangePassword: generatedPassword is not null);
        }

        var seeded = false;
        if (settings.SeedDemo && !await db.Organizations.AnyAsync(ct))
        {
            admin ??= await db.Users.OrderBy(u => u.CreatedAt).FirstAsync(u => u.IsSystemAdmin, ct);
            await SeedDemoAsync(admin, ct);
            seeded = true;
        }

        // Every chain head is signed before the host serves: this closes the shared chain of a database from before
        // per-organization chains (its last hash is where the new chains start) and covers anything written while no
        // signer ran (e.g. a crash between a commit and its checkpoint).
        using var key = ledgerKeys.LoadOrCreate();
        db.Actor = "system:ledger";
        await LedgerCheckpointService.SignPendingAsync(db, key, witnessPath: ledgerKeys.WitnessPath, ct: ct);
        return new InitializationResult(createdEmail, generatedPassword, seeded, key.KeyId);
    }

    /// <summary>A 20-character password from an unambiguous alphabet that satisfies the password policy.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 17);
        return string.Concat(body, "Aa7");
    }

    // Accounts are created the one way the operator's CLI creates them (same checks, same ledger entries).
    private async Task<AimsUser> CreateUserAsync(string email, string displayName, string password, bool isSystemAdmin,
        bool mustChangePassword = true) =>
        (await accounts.CreateUserAsync(db.Actor, email, displayName, password, isSystemAdmin, mustChangePassword)).User;

    private async Task SeedDemoAsync(AimsUser admin, CancellationToken ct)
    {
        var org = new Organization { Name = "Demo Health & Finance Ltd", Slug = DemoSlug, Sector = "Financial services" };
        db.Organizations.Add(org);
        // Demo colleagues own systems so lists and filters look real; their passwords are random and never shown.
        // The lead's and the chief executive's are kept only while seeding: they sign the demo's documents with them.
        var (leadPassword, ceoPassword) = (GeneratePassword(), GeneratePassword());
        var lead = await CreateUserAsync("grace.lead@demo.openaims.local", "Grace Okafor", leadPassword, false);
        var engineer = await CreateUserAsync("ml.engineer@demo.openaims.local", "Mateo Ruiz", GeneratePassword(), false);
        var ceo = await CreateUserAsync("amara.ceo@demo.openaims.local", "Amara Lindqvist", ceoPassword, false);
        db.Memberships.AddRange(
            new Membership { OrganizationId = org.Id, UserId = admin.Id, Role = Role.Admin },
            new Membership { OrganizationId = org.Id, UserId = lead.Id, Role = Role.GovernanceLead },
            new Membership { OrganizationId = org.Id, UserId = engineer.Id, Role = Role.Contributor },
            new Membership { OrganizationId = org.Id, UserId = ceo.Id, Role = Role.GovernanceLead });
        AiSystem[] systems =
        [
            Demo(org, engineer, "Credit limit recommender",
                "Suggests credit-card limits for new applicants from bureau and application data.",
                "Decision support for underwriters; a human approves every limit above EUR 5,000.",
                LifecycleStage.OperationAndMonitoring),
            Demo(org, lead, "Claims triage classifier",
                "Routes incoming insurance claims to fast-track or manual review queues.",
                "Prioritisation only; it never rejects a claim.", LifecycleStage.Deployment),
            Demo(org, engineer, "Customer support assistant",
                "LLM-based assistant that drafts replies to customer e-mails for support agents.",
                "Agents review and edit every draft before sending.", LifecycleStage.VerificationAndValidation),
            Demo(org, lead, "Transaction fraud scoring",
                "Scores card transactions in real time for likelihood of fraud.",
                "Flags transactions for analyst review; high scores trigger a step-up check.",
                LifecycleStage.OperationAndMonitoring),
            Demo(org, admin, "CV screening pilot",
                "Ranks job applications against role requirements (pilot; high-risk use under the EU AI Act).",
                "Recruiters see a ranked list; no automatic rejection.", LifecycleStage.Inception),
        ];
        DemoProfiles.Apply(systems);
        db.AiSystems.AddRange(systems);
        var today = Organizations.OrganizationCalendar.Utc.Today(clock.GetUtcNow());
        DemoEstablishment.Seed(db, org, admin, lead, engineer, today);
        DemoLeadership.Seed(db, org, admin, lead, engineer, ceo, systems, today);
        DemoDatasets.Seed(db, org, lead, engineer, systems);
        DemoThirdParties.Seed(db, org, lead, engineer, systems, today);
        DemoLifecycle.Seed(db, org, admin, lead, engineer, systems, today);
        DemoEuAiAct.Seed(db, org, systems, today);
        DemoRisks.Seed(db, org, (admin, lead, engineer), systems, today);
        await db.SaveChangesAsync(ct);
        await DemoDocuments.SeedAsync(services, org, (lead, leadPassword), (ceo, ceoPassword), [engineer, admin], ct);
    }

    private static AiSystem Demo(Organization org, AimsUser owner, string name, string purpose, string intendedUse,
        LifecycleStage stage) => new()
    {
        OrganizationId = org.Id,
        Name = name,
        Purpose = purpose,
        IntendedUse = intendedUse,
        OwnerId = owner.Id,
        NameKey = Text.NameKeys.For(name),
        LifecycleStage = stage,
        Status = AiSystemStatus.Active,
    };
}
