using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// A document written by <c>aims evidence fairness|drift</c>, uploaded as evidence, is recognised: the item becomes a
/// computed result whose view shows the kind, the headline metrics, the verdicts and the SHA-256 of the data it was
/// computed from (which ties it to an uploaded prediction log). Other JSON stays a plain file.
/// </summary>
public abstract class ComputedEvidenceUploadTests(AimsAppFactory app, EvidenceOutputs outputs)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fairness_document_becomes_a_computed_result_showing_its_metrics_verdicts_and_inputs()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var log = await File.ReadAllBytesAsync(outputs.ReferenceLog, Ct);
        using var logForm = EvidenceForms.Upload(log, "predictions.csv", ("title", "Prediction log, March"), ("controls", "A.6.2.4"));
        var uploadedLog = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", logForm, Ct));
        Assert.Equal("csv", uploadedLog.GetProperty("file").GetProperty("kind").GetString());

        var document = await File.ReadAllBytesAsync(outputs.MixedFairnessDocument, Ct);
        using var form = EvidenceForms.Upload(document, "fairness.json", ("title", "Fairness check, March"), ("controls", "A.6.2.4"));
        var created = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct));

        Assert.Equal("computedResult", created.GetProperty("kind").GetString());
        Assert.Equal(EvidenceForms.Sha256(document), created.GetProperty("sha256").GetString());
        var computed = created.GetProperty("file").GetProperty("computed");
        Assert.Equal("fairness", computed.GetProperty("kind").GetString());
        Assert.Equal("openaims.evidence/1", computed.GetProperty("schema").GetString());
        var input = computed.GetProperty("inputs")[0];
        Assert.Equal(uploadedLog.GetProperty("sha256").GetString(), input.GetProperty("sha256").GetString());
        Assert.Equal(3000, computed.GetProperty("rowsRead").GetInt64());
        Assert.Contains(computed.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("name").GetString() == "demographicParityRatio");
        var statuses = computed.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToHashSet();
        Assert.Contains("pass", statuses);
        Assert.Contains("breach", statuses);
        Assert.True(computed.GetProperty("breach").GetBoolean());

        // The same summary in the list and the export, without opening the file.
        var id = created.GetProperty("id").GetGuid();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/evidence?kind=computedResult&control=A.6.2.4", Ct);
        var listed = Assert.Single(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal("fairness", listed.GetProperty("file").GetProperty("computed").GetProperty("kind").GetString());
        var csv = await client.GetStringAsync("/api/v1/orgs/demo/evidence/export?kind=computedResult", Ct);
        Assert.Contains("Fairness: 1 of ", csv, StringComparison.Ordinal);
        Assert.Equal(document, await client.GetByteArrayAsync($"/api/v1/orgs/demo/evidence/{id}/content", Ct));
    }

    [Fact]
    public async Task A_drift_document_is_recognised_and_a_superseding_plain_file_makes_the_item_a_file_again()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var drift = await File.ReadAllBytesAsync(outputs.DriftDocument, Ct);
        using var form = EvidenceForms.Upload(drift, "drift.json", ("title", "Drift check, April"), ("controls", "A.6.2.6"));
        var created = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct));
        Assert.Equal("computedResult", created.GetProperty("kind").GetString());
        var computed = created.GetProperty("file").GetProperty("computed");
        Assert.Equal("drift", computed.GetProperty("kind").GetString());
        Assert.Equal(["reference", "current"], computed.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("role").GetString()));
        Assert.Contains(computed.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("name").GetString() == "driftShare");

        var id = created.GetProperty("id").GetGuid();
        using var next = EvidenceForms.Upload("""{"note": "drift review postponed"}"""u8.ToArray(), "note.json");
        var superseded = await client.PostAsync($"/api/v1/orgs/demo/evidence/{id}/files", next, Ct);
        Assert.Equal(HttpStatusCode.OK, superseded.StatusCode);
        var item = await superseded.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("file", item.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("file").GetProperty("computed").ValueKind);
        var files = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence/{id}/files", Ct);
        Assert.Equal("drift", files[1].GetProperty("computed").GetProperty("kind").GetString());
    }
}

public sealed class SqliteComputedEvidenceUploadTests(SqliteAppFactory app, EvidenceOutputs outputs)
    : ComputedEvidenceUploadTests(app, outputs), IClassFixture<SqliteAppFactory>, IClassFixture<EvidenceOutputs>;

public sealed class PostgresComputedEvidenceUploadTests(PostgresAppFactory app, EvidenceOutputs outputs)
    : ComputedEvidenceUploadTests(app, outputs), IClassFixture<PostgresAppFactory>, IClassFixture<EvidenceOutputs>;
