using System.Text;
using Aims.Core.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.E2E.Tests;

/// <summary>Evidence set up through Core, as the demo admin, for tests whose point is not the upload form.</summary>
public static class EvidenceData
{
    /// <summary>A small but well-formed PDF, different for each <paramref name="text"/>, so each test's bytes are its own.</summary>
    public static byte[] Pdf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new StringBuilder("%PDF-1.7\n");
        body.Append("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        body.Append("2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n");
        body.Append("% ").Append(text).Append('\n');
        body.Append("trailer << /Root 1 0 R >>\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>Uploads a PDF item with the given dates and links.</summary>
    public static async Task<EvidenceItemView> UploadPdfAsync(AimsAppFactory app, EvidenceItemInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(input);
        await using var scope = app.Services.CreateAsyncScope();
        var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        using var content = new MemoryStream(Pdf(input.Title ?? "evidence"));
        return await scope.ServiceProvider.GetRequiredService<EvidenceUploads>()
            .UploadAsync(caller, input, content, "report.pdf", ct);
    }
}
