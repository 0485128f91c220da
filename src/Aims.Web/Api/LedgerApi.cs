using System.Text;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Ledger;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Api;

/// <summary>
/// The organization's ledger: <c>/api/v1/orgs/{org}/ledger</c> (list, export, head), all needing <c>ledger.read</c>.
/// Thin: rules live in <see cref="LedgerQueryService"/>. A record's own history stays with the record's API.
/// </summary>
public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/ledger").WithTags("Ledger");

        group.MapGet("/", async Task<Ok<PagedResult<LedgerEntryView>>> (HttpContext http, LedgerQueryService service,
                [FromQuery] string? entityType, [FromQuery] string? entityId, [FromQuery] string? actor, [FromQuery] string? from,
                [FromQuery] string? to, [FromQuery] string? sort, [FromQuery] int? page, [FromQuery] int? pageSize) =>
            {
                var query = Query(entityType, entityId, actor, from, to) with { Sort = sort, Page = page ?? 1, PageSize = pageSize ?? 50 };
                return TypedResults.Ok(await service.ListAsync(Caller(http), query, http.RequestAborted));
            })
            .WithName("ListLedger")
            .WithSummary("The organization's ledger entries: filter (entityType, entityId, actor, from, to), sort (-sequence, sequence), page")
            .RequirePermission(Permissions.LedgerRead);

        group.MapGet("/export", async Task<PushStreamHttpResult> (HttpContext http, LedgerQueryService service,
                [FromQuery] string? format, [FromQuery] string? entityType, [FromQuery] string? entityId, [FromQuery] string? actor,
                [FromQuery] string? from, [FromQuery] string? to) =>
            {
                var csv = format?.Trim().ToLowerInvariant() switch
                {
                    null or "" or "jsonl" => false,
                    "csv" => true,
                    _ => throw new ValidationFailedException("format", "Format is 'jsonl' (JSON lines, the default) or 'csv'."),
                };
                var entries = await service.ExportAsync(Caller(http), Query(entityType, entityId, actor, from, to), http.RequestAborted);
                var slug = Caller(http).OrganizationSlug;
                return TypedResults.Stream(stream => WriteAsync(stream, entries, csv, http.RequestAborted),
                    csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8", $"ledger-{slug}.{(csv ? "csv" : "jsonl")}");
            })
            .WithName("ExportLedger")
            .WithSummary("Every matching entry in chain order as JSON lines (default) or CSV, streamed; values exactly as hashed")
            .RequirePermission(Permissions.LedgerRead);

        group.MapGet("/head", async Task<Ok<LedgerHead>> (HttpContext http, LedgerQueryService service) =>
                TypedResults.Ok(await service.HeadAsync(Caller(http), http.RequestAborted)))
            .WithName("GetLedgerHead").WithSummary("The organization's newest ledger entry (sequence, hash, time) and entry count")
            .RequirePermission(Permissions.LedgerRead);

        return org;
    }

    private static LedgerQuery Query(string? entityType, string? entityId, string? actor, string? from, string? to) =>
        new() { EntityType = entityType, EntityId = entityId, Actor = actor, From = from, To = to };

    private static async Task WriteAsync(Stream stream, IAsyncEnumerable<LedgerEntryView> entries, bool csv, CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024);
        if (csv)
        {
            await writer.WriteLineAsync("chain,sequence,timestamp,organizationId,actor,entityType,entityId,action,changes,previousHash,hash");
        }

        await foreach (var entry in entries.WithCancellation(ct))
        {
            await writer.WriteLineAsync(csv ? LedgerCsv.Row(entry) : JsonSerializer.Serialize(entry, JsonSerializerOptions.Web));
        }
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
