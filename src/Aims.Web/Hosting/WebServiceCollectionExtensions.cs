using System.Text.Json.Serialization;
using Aims.Core.Access;
using Aims.Core.Bootstrap;
using Aims.Web.Api;
using Aims.Web.Reminders;
using Aims.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace Aims.Web.Hosting;

/// <summary>Service registration for the host, kept out of Program.cs so the composition reads in one place.</summary>
public static class WebServiceCollectionExtensions
{
    public const string SmartScheme = "CookieOrToken";

    public static IServiceCollection AddAimsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAimsCore(configuration).AddSignInManager<AimsSignInManager>().AddDefaultTokenProviders();
        services.AddScoped<CallerAccessor>();
        Establishment.EstablishmentPages.AddEstablishmentPages(services);
        Datasets.DatasetsWeb.AddDatasetPages(services);
        Risks.RisksWeb.AddRiskPages(services);
        ThirdParties.ThirdPartiesWeb.AddThirdPartyPages(services);
        services.AddSingleton<Registers.EditedRegisters>();
        services.AddSingleton<Registers.RecordOptions>();
        services.AddSingleton<DecoyPassword>();
        var publicUrl = PublicUrlSettings.From(configuration);
        services.AddSingleton(publicUrl);
        services.AddAimsReminders(configuration, publicUrl);
        // Over HTTPS no cookie may travel over plain HTTP (antiforgery's default would send its cookie without Secure).
        // When TLS ends at a proxy, SecurityHeadersMiddleware marks requests https because the public address is.
        const CookieSecurePolicy securePolicy = CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = securePolicy);
        services.AddAimsRateLimits(configuration);
        // Keys that protect cookies live in the data folder so sessions survive restarts and nodes can share them.
        var dataDir = Aims.Core.Data.DatabaseSettings.From(configuration).DataDirectory;
        services.AddDataProtection().SetApplicationName("OpenAIMS")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDir, "keys")));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.Name = "aims.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = securePolicy;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = SessionStore.IdleTimeout;
            SessionCookieEvents.Attach(options.Events);
            // API callers get a status code (turned into problem details), never a redirect to an HTML page.
            options.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        // The short-lived cookie between the password and the second-factor step.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            o => o.Cookie.SecurePolicy = securePolicy);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidatingStateProvider>();

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddExceptionHandler<BadRequestPageHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.AddOpenApi(o => o.AddAimsDocument().AddDocumentTransformer((doc, _, _) =>
        {
            // The generator would list the request's own Host header as the server; take the configured address instead.
            doc.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = publicUrl.PublicUrl?.ToString().TrimEnd('/') ?? "/" }];
            return Task.CompletedTask;
        }));
        services.AddSingleton<OpenApiDocumentCache>();
        services.AddHealthChecks();
        services.AddHostedService<LedgerCheckpointWorker>();

        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = Components.Ui.CircuitLimits.MaxReceiveMessageBytes);
        services.AddMudServices(o =>
        {
            // Messages appear and go without a fade: mid-fade their text and background blend below readable contrast,
            // and a message that moves is one more thing for people who are sensitive to motion.
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        return services;
    }

    private static Task ApiAware(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
