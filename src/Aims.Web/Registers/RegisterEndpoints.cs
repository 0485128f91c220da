using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Registers;

/// <summary>
/// The endpoints every register has, mapped from its <see cref="Register{T, TView}"/>: list (search, filters, sort,
/// page), export of the current filter (CSV or xlsx, the list's columns), one record with its ETag, its history, and
/// archive/restore. A register's own API file adds create and edit next to them.
/// </summary>
public static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegister<T, TView>(this RouteGroupBuilder org, RegisterDefinition<T, TView> definition, string tag)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(definition);
        var group = org.MapGroup("/" + definition.Name).WithTags(tag);
        var one = RegisterNames.Pascal(definition.Noun);
        var filterNames = string.Join(", ", definition.Filters.Select(f => f.Name));

        group.MapGet("/", async Task<Ok<PagedResult<TView>>> (HttpContext http, Register<T, TView> register) =>
                TypedResults.Ok(await register.ListAsync(Caller(http), RegisterQueries.From(http.Request, definition), http.RequestAborted)))
            .WithName("List" + one + "s")
            .WithSummary($"List {definition.Nouns}: search (q), filter ({filterNames}), sort ({string.Join(", ", definition.Sorts.Names)}; '-' for descending), page")
            .WithRegisterQuery(definition)
            .RequirePermission(definition.Permissions.Read);

        group.MapGet("/export", async (HttpContext http, Register<T, TView> register) =>
            {
                var query = RegisterQueries.From(http.Request, definition) with { Page = 1, PageSize = PageWindow.DefaultPageSize };
                await RegisterExport.WriteAsync(http, register, Caller(http), query);
            })
            .WithName("Export" + one + "s")
            .WithSummary($"The current filter as a file (format=csv or xlsx), with the list's columns")
            .WithRegisterQuery(definition, export: true)
            .RequirePermission(definition.Permissions.Read);

        group.MapGet("/{id:guid}", async Task<Ok<TView>> (HttpContext http, Register<T, TView> register, Guid id) =>
            {
                var record = await register.GetAsync(Caller(http), id, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(record.Version);
                return TypedResults.Ok(record);
            })
            .WithName("Get" + one).WithSummary($"One {definition.Noun}; the ETag header carries its version")
            .RequirePermission(definition.Permissions.Read);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<HistoryEntry>>> (HttpContext http, Register<T, TView> register, Guid id) =>
            {
                var entries = await register.HistoryAsync(Caller(http), id, http.RequestAborted);
                IReadOnlyList<HistoryEntry> history = entries
                    .Select(e => new HistoryEntry(e.Sequence, e.Timestamp, e.Actor, e.Action.ToString(), e.Payload, e.Hash)).ToList();
                return TypedResults.Ok(history);
            })
            .WithName("Get" + one + "History").WithSummary($"Every change to the {definition.Noun}, from the tamper-evident ledger")
            .RequirePermission(definition.Permissions.Read);

        group.MapPost("/{id:guid}/archive", async Task<Ok<TView>> (HttpContext http, Register<T, TView> register, Guid id, ArchiveRequest request) =>
            {
                var archived = await register.ArchiveAsync(Caller(http), id, request.Reason, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(archived.Version);
                return TypedResults.Ok(archived);
            })
            .WithName("Archive" + one).WithSummary($"Archive {definition.Article} {definition.Noun} with a reason (records are never deleted)")
            .RequirePermission(definition.Permissions.Archive);

        group.MapPost("/{id:guid}/restore", async Task<Ok<TView>> (HttpContext http, Register<T, TView> register, Guid id) =>
                TypedResults.Ok(await register.RestoreAsync(Caller(http), id, http.RequestAborted)))
            .WithName("Restore" + one).WithSummary($"Return an archived {definition.Noun} to the active register")
            .RequirePermission(definition.Permissions.Archive);

        return group;
    }

    public static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
