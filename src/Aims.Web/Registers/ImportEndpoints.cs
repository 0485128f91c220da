using Aims.Core.Registers.Editing;
using Aims.Core.Registers.Import;
using Aims.Reporting.Tables.Reading;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Aims.Web.Registers;

/// <summary>
/// <c>POST …/{register}/import</c> (a CSV or xlsx file, as the body or a form's <c>file</c> part): every row checked with
/// the register's create rules, then all stored in one transaction, or nothing and 400 with every problem (line, field,
/// reason). <c>?preview=true</c> runs the checks and stores nothing. <c>GET …/import/template</c> is the header row.
/// </summary>
public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImport<TInput>(this RouteGroupBuilder group, string noun, string permission,
        Func<HttpContext, ImportTarget<TInput>> target)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(target);
        var one = RegisterNames.Pascal(noun);
        group.MapPost("/import", async Task<Ok<ImportResult>> (HttpContext http, RegisterImport import, bool? preview) =>
            {
                var table = await ReadAsync(http);
                var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
                return TypedResults.Ok(await import.RunAsync(target(http), PermissionEndpointFilter.GetCaller(http), table, json,
                    commit: preview != true, http.RequestAborted));
            })
            .Accepts<IFormFile>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new TableUploadMetadata())
            .WithName("Import" + one + "s")
            .WithSummary($"Import {noun}s from CSV or xlsx, all or nothing: 400 lists every problem (line, field, reason); ?preview=true only checks")
            .RequirePermission(permission);

        group.MapGet("/import/template", (HttpContext http) =>
                TypedResults.Text(ImportTemplate.Csv(target(http).Fields), "text/csv; charset=utf-8"))
            .WithName("Import" + one + "sTemplate")
            .WithSummary("A CSV header naming every column an import takes")
            .RequirePermission(permission);
        return group;
    }

    /// <summary>The uploaded table: a form's file part, or else the body itself; xlsx by name or content type, else CSV.</summary>
    private static async Task<ImportTable> ReadAsync(HttpContext http)
    {
        TableFile file;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var part = form.Files.GetFile("file") ?? throw new Core.Common.ValidationFailedException("file", "Send the table as the form part 'file'.");
            await using var stream = part.OpenReadStream();
            file = await TableFileReader.ReadAsync(stream, TableFileReader.IsXlsx(part.FileName, part.ContentType), ct: http.RequestAborted);
        }
        else
        {
            file = await TableFileReader.ReadAsync(http.Request.Body, TableFileReader.IsXlsx(null, http.Request.ContentType), ct: http.RequestAborted);
        }

        return ImportTemplate.ToTable(file);
    }
}

/// <summary>What an import file looks like to people: the header of a template, and a read file as the Core table.</summary>
public static class ImportTemplate
{
    public static string Csv(IReadOnlyList<RegisterField> fields) =>
        string.Join(",", fields.Select(f => f.Key)) + "\r\n";

    public static ImportTable ToTable(TableFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new ImportTable(file.Headers, [.. file.Rows.Select(r => new ImportRow(r.Line, r.Cells))]);
    }
}

/// <summary>Marks an endpoint that takes a table file instead of JSON: CSV, xlsx, or a form carrying one.</summary>
public sealed class TableUploadMetadata
{
    public static bool Accepts(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ||
                                    contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ||
                                    contentType.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) ||
                                    contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) ||
                                    contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
