using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.AiSystems;

/// <summary>
/// The AI system dossier over HTTP on both providers: one file with the profile (typed text printed as typed), the gate
/// timeline with its exception, the EU AI Act result with its obligations, and the linked datasets, third parties and
/// evidence; reading it changes nothing; a bad format, an unknown system or another organization's is refused.
/// </summary>
public abstract class AiSystemDossierApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Description = "Ranks applications | scores 0–100 *before* review # pilot <b>only</b>";

    [Fact]
    public async Task The_dossier_holds_profile_gates_classification_data_third_parties_and_evidence()
    {
        app.RequireProvider();
        var org = "dossier-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "CV screening pilot", purpose = "Ranks job applications" });
        await CreateIdAsync(admin, $"{api}/datasets", new
        {
            name = "Applications 2023–2025", purpose = "training", acquisition = "collectedInHouse", personalData = "personal",
            legalBasis = "Art. 6(1)(b) GDPR", provenance = "Applicant tracking system export", aiSystemIds = new[] { system },
        });
        await CreateIdAsync(admin, $"{api}/third-parties", new
        {
            name = "Screening vendor", kind = "supplier", reviewDate = "2027-06-30", dueDiligence = "Questionnaire returned 2026-10", aiSystemIds = new[] { system },
        });
        var evidence = await LifecycleGateApiTests.EvidenceAsync(admin, api, "Bias test of the ranking, Q3", validUntil: 90);
        var profile = await admin.PutAsJsonAsync($"{api}/ai-systems/{system}/profile", new
        {
            systemType = "thirdPartyService", description = Description, autonomyLevel = "decisionSupport", humanOversightWho = "The recruiter",
            languages = new[] { "English", "Irish" }, evidenceIds = new[] { evidence },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage",
            new { to = "designAndDevelopment", exceptionReason = "Vendor specification accepted as the requirements." }, Ct)).StatusCode);
        var classified = await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/eu-ai-act",
            new { answers = new { aiSystem = true, role = "deployer", annexIIIAreas = new[] { "employment" } } }, Ct);
        Assert.Equal(HttpStatusCode.OK, classified.StatusCode);
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);

        var response = await admin.GetAsync($"{api}/ai-systems/{system}/dossier", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("cv-screening-pilot-dossier-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var text = Documents.PdfText.Read(await response.Content.ReadAsByteArrayAsync(Ct));
        foreach (var expected in new[]
                 {
                     "AI system dossier: CV screening pilot", "EU AI Act High-risk", "Lifecycle stage Design and development",
                     "Description " + Description, "Languages English Irish", "Human oversight: who The recruiter", "Human oversight: how Not recorded",
                     "Inception →", "Exception", "Reason: Vendor specification accepted as the requirements.",
                     "Art. 26", "Deployer", "Applications 2023–2025", "Provenance Applicant tracking system export", "Legal basis Art. 6(1)(b) GDPR",
                     "Screening vendor", "Due diligence Questionnaire returned 2026-10", "Bias test of the ranking, Q3", "No document is linked to this system.",
                 })
        {
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"Not in the dossier: {expected}\n{text}");
        }

        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
        var docx = await admin.GetAsync($"{api}/ai-systems/{system}/dossier?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Contains(Description, word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_format_an_unknown_system_and_another_organizations_system_are_refused()
    {
        app.RequireProvider();
        var org = "dossier-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "Fraud scoring", purpose = "Scores transactions" });

        var format = await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/ai-systems/{system}/dossier?format=xlsx", Ct),
            HttpStatusCode.BadRequest, "format");
        Assert.Contains("Use pdf or docx", format.GetRawText(), StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/ai-systems/{Guid.NewGuid()}/dossier", Ct), HttpStatusCode.NotFound);
        using var demoViewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await demoViewer.GetAsync($"/api/v1/orgs/demo/ai-systems/{system}/dossier", Ct), HttpStatusCode.NotFound);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{api}/ai-systems/{system}/dossier", Ct)).StatusCode);

        // A viewer reads the dossier of a system of their own organization.
        var demoSystems = await demoViewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems", Ct);
        var demoSystem = demoSystems.GetProperty("items")[0].GetProperty("id").GetGuid();
        var viewed = await demoViewer.GetAsync($"/api/v1/orgs/demo/ai-systems/{demoSystem}/dossier", Ct);
        Assert.Equal(HttpStatusCode.OK, viewed.StatusCode);
    }
}

public sealed class SqliteAiSystemDossierApiTests(SqliteAppFactory app) : AiSystemDossierApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAiSystemDossierApiTests(PostgresAppFactory app) : AiSystemDossierApiTests(app), IClassFixture<PostgresAppFactory>;
