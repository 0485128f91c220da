using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Aims.Core.Evidence.Files;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Evidence;

/// <summary>Builds evidence upload forms and checks what a refused upload left behind (rows, ledger, stored bytes).</summary>
public static class EvidenceForms
{
    /// <summary>An upload form: the fields first (as the CLI sends them), then the file.</summary>
    public static MultipartFormDataContent Upload(byte[] file, string fileName, params (string Name, string Value)[] fields) =>
        Upload(new ByteArrayContent(file), fileName, fields);

    public static MultipartFormDataContent Upload(HttpContent file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(AsFile(file), "file", fileName);
        return form;
    }

    /// <summary>The file first, then the fields (as <c>curl -F file=@x -F title=…</c> sends them).</summary>
    public static MultipartFormDataContent FileFirst(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { AsFile(new ByteArrayContent(file)), "file", fileName } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Everything an upload could leave behind: evidence rows, ledger entries, stored and half-written files.</summary>
    public static async Task<Footprint> FootprintAsync(AimsAppFactory app)
    {
        await using var db = await app.OpenDbAsync();
        var ct = TestContext.Current.CancellationToken;
        var root = Path.Combine(app.DataDirectory, "files");
        var files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToList()
            : [];
        return new Footprint(
            await db.EvidenceItems.IgnoreQueryFilters().CountAsync(ct),
            await db.EvidenceFiles.IgnoreQueryFilters().CountAsync(ct),
            await db.EvidenceLinks.IgnoreQueryFilters().CountAsync(ct),
            await db.LedgerEntries.CountAsync(ct),
            files.Count(f => !f.StartsWith(LocalFileStore.UploadFolderName, StringComparison.Ordinal)),
            files.Count(f => f.StartsWith(LocalFileStore.UploadFolderName, StringComparison.Ordinal)));
    }

    // What a browser sends for an unknown file: the server decides the kind from the bytes anyway.
    private static HttpContent AsFile(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
