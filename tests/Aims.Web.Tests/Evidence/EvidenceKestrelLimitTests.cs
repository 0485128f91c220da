using System.Net;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// Over a real Kestrel server, whose own request-body limit (30 000 000 bytes) is below the 50 MB file limit: the upload
/// route raises it deliberately, so a 40 MB file is taken and a 51 MB one is refused by the application with 413
/// problem+json naming the file, not cut off by the server.
/// </summary>
public sealed class EvidenceKestrelLimitTests(KestrelSqliteAppFactory app) : IClassFixture<KestrelSqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_40_MB_upload_goes_through_the_real_server_and_51_MB_is_refused_by_the_application()
    {
        using var client = app.SocketClientWithToken(app.DemoAdminToken);
        using (var form = EvidenceForms.Upload(new StreamContent(new GeneratedStream(40L * 1024 * 1024)), "large-log.csv",
                   ("title", "Large prediction log")))
        {
            var created = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct));
            Assert.Equal(40L * 1024 * 1024, created.GetProperty("file").GetProperty("sizeBytes").GetInt64());
        }

        var before = await EvidenceForms.FootprintAsync(app);
        using (var form = EvidenceForms.Upload(new StreamContent(new GeneratedStream(51L * 1024 * 1024)), "huge-log.csv",
                   ("title", "Too large")))
        {
            var response = await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct);
            await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
        }

        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }
}
