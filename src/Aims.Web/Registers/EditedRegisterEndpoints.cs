using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Registers;

/// <summary>
/// A register edited through a <see cref="RegisterEditor{T, TView, TInput}"/>: the shared register endpoints plus
/// create (201 with its address and ETag) and edit (If-Match against a stale version), so such a register's API is
/// one line in its API file.
/// </summary>
public static class EditedRegisterEndpoints
{
    public static RouteGroupBuilder MapEditedRegister<TEditor, T, TView, TInput>(this RouteGroupBuilder org, string tag)
        where TEditor : RegisterEditor<T, TView, TInput>
        where T : RegisterRecord, new()
        where TView : IRegisterView
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(org);
        var definition = ((IEndpointRouteBuilder)org).ServiceProvider.GetRequiredService<TEditor>().Register.Definition;
        var group = org.MapRegister(definition, tag);
        var one = RegisterNames.Pascal(definition.Noun);

        group.MapPost("/", async Task<Created<TView>> (HttpContext http) =>
                await CreatedAsync(http, definition.Name,
                    await Editor(http).CreateAsync(Caller(http), await JsonBody.ReadAsync<TInput>(http), http.RequestAborted)))
            .Accepts<TInput>("application/json")
            .WithName("Create" + one).WithSummary($"Create {definition.Article} {definition.Noun}; 400 names every invalid field")
            .RequirePermission(definition.Permissions.Write);

        group.MapPut("/{id:guid}", async Task<Ok<TView>> (HttpContext http, Guid id) =>
            {
                var updated = await Editor(http).UpdateAsync(Caller(http), id, await JsonBody.ReadAsync<TInput>(http), ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(updated.Version);
                return TypedResults.Ok(updated);
            })
            .Accepts<TInput>("application/json")
            .WithName("Update" + one)
            .WithSummary("Replace the editable fields; send If-Match with the ETag to avoid overwriting others' changes (412)")
            .RequirePermission(definition.Permissions.Write);

        group.MapImport(definition.Noun, definition.Permissions.Write, http => Editor(http).Importer);
        return group;

        // Resolved in the handler rather than bound: the route analyzer cannot follow a handler parameter whose type
        // is this method's type parameter (it crashes with AD0001).
        static TEditor Editor(HttpContext http) => http.RequestServices.GetRequiredService<TEditor>();
    }

    /// <summary>201 with the new record's address (under <paramref name="register"/>) and its ETag.</summary>
    public static Task<Created<TView>> CreatedAsync<TView>(HttpContext http, string register, TView created)
        where TView : IRegisterView
    {
        ArgumentNullException.ThrowIfNull(http);
        var caller = Caller(http);
        http.Response.Headers.ETag = ETags.Format(created.Version);
        return Task.FromResult(TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/{register}/{created.Id}", created));
    }

    private static Core.Access.Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
