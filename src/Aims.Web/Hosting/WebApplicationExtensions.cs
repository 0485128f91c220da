using Aims.Core.Access;
using Aims.Core.Ledger;
using Aims.Web.AiSystems;
using Aims.Web.Api;
using Aims.Web.Components;
using Aims.Web.Evidence;
using Aims.Web.Documents;
using Aims.Web.Readiness;
using Aims.Web.Reminders;
using Aims.Web.Security;
using Scalar.AspNetCore;

namespace Aims.Web.Hosting;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseAimsPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Behind a reverse proxy the connection's address is the proxy's: rate limits per client address and Secure
        // cookies need the client's address and scheme, taken only from proxies we trust (loopback and Aims:TrustedProxies).
        app.UseForwardedHeaders(ProxySettings.ForwardedHeadersFrom(app.Configuration));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<SafeRedirectMiddleware>();
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        // UI 404s render the not-found page; API status codes become problem details (inner branch wins for /api).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch =>
        {
            branch.UseStatusCodePages();
            branch.UseMiddleware<JsonContentTypeMiddleware>();
            // An API request reads the ledger heads its caches check against once (token, caller, list totals).
            // Only here: a UI circuit is one long-lived request whose later work must see later heads.
            branch.Use(async (context, next) =>
            {
                using var heads = LedgerHeadReader.BeginRequest();
                await next(context);
            });
            // Authenticated answers are personal (records, tokens): no browser or proxy cache may keep them.
            branch.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    if (context.User.Identity?.IsAuthenticated == true)
                    {
                        context.Response.Headers.CacheControl = "no-store";
                    }

                    return Task.CompletedTask;
                });
                return next(context);
            });
        });
        app.UseMiddleware<TokenThrottleMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<PasswordChangeGateMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapAimsEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        var openApi = app.Services.GetRequiredService<OpenApiDocumentCache>();
        if (app.Configuration.GetValue("Aims:OpenApi:PrepareOnStart", defaultValue: true))
        {
            openApi.PrepareAfterStart();
        }

        app.MapGet(OpenApiDocumentCache.Route, async (CancellationToken ct) =>
                Results.Bytes(await openApi.JsonAsync().WaitAsync(ct), "application/json;charset=utf-8"))
            .ExcludeFromDescription().AllowAnonymous();
        app.MapScalarApiReference("/scalar", ApiReference.Configure).AllowAnonymous();
        app.MapAccountEndpoints();

        var api = app.MapGroup("/api/v1");
        // Authentication happens here; authorization is the per-endpoint permission filter (401/403/404 as problems).
        api.AllowAnonymous();
        var org = api.MapGroup("/orgs/{org}");
        api.MapCatalogApi();
        api.MapOrganizationsApi(org);
        api.MapAccountApi();
        org.MapAiSystemsApi();
        org.MapLifecycleApi();
        org.MapAiSystemDossierApi();
        EuAiActApi.MapEuAiActApi(api, org);
        org.MapEvidenceApi();
        org.MapDocumentsApi();
        Establishment.EstablishmentApi.MapEstablishmentApi(org);
        Datasets.DatasetsWeb.MapDatasetsApi(org);
        ThirdParties.ThirdPartiesWeb.MapThirdPartiesApi(org);
        Risks.RisksWeb.MapRisksApi(org);
        Establishment.ScopeApi.MapScopeApi(org);
        org.MapMembersApi();
        org.MapTokensApi();
        org.MapLedgerApi();
        org.MapReadinessApi();
        org.MapMyWorkApi();
        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new MeResponse(
                http.User.Identity?.Name ?? "", http.User.HasClaim(c => c.Type == AimsClaims.TokenId))))
            .WithTags("Account").WithName("Me").WithSummary("Who the API thinks you are")
            .RequirePermission(Permissions.CatalogRead);

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
