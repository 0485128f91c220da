using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Aims.Web.Hosting;

/// <summary>
/// The OpenAPI document's description of how to authenticate, and the interactive reference at <c>/scalar</c>. The
/// reference must work on an installation without internet access and stay the product's page: its script comes from
/// the package (served by the app itself), no web fonts, no telemetry, no AI chat or vendor buttons, a bearer token
/// field, and a link back to the app.
/// </summary>
public static class ApiReference
{
    /// <summary>The security scheme's name in the OpenAPI document (and in Scalar's authentication box).</summary>
    public const string BearerScheme = "Bearer";

    public static OpenApiOptions AddAimsDocument(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OpenAIMS API";
            // Code spans: in Markdown a bare <token> is an HTML tag, and the reference would show "Bearer" with nothing after it.
            doc.Info.Description = "REST API of OpenAIMS, the open-source ISO/IEC 42001 AI management system. " +
                                   "Authenticate with a session cookie or `Authorization: Bearer <token>`, where the token comes " +
                                   "from an organization's API tokens page or `aims tokens create`.";
            doc.Info.License = new OpenApiLicense { Name = "Apache-2.0" };
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            doc.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "aims_…",
                Description = "An API token (it starts with `aims_`), created on an organization's API tokens page or with " +
                              "`aims tokens create`. It acts as its owner, capped at the token's role, in that organization only.",
            };
            doc.Security ??= [];
            doc.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, doc)] = [] });
            return Task.CompletedTask;
        });
    }

    public static void Configure(ScalarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Title = "OpenAIMS API reference";
        options.DefaultFonts = false;
        options.Telemetry = false;
        options.HideClientButton = true;
        options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        options.Favicon = "/favicon.png";
        options.DisableAgent();
        options.DisableMcp();
        options.AddPreferredSecuritySchemes([BearerScheme]);
        options.AddHttpAuthentication(BearerScheme, _ => { });
        options.HeaderContent = """
            <nav class="aims-api-header" aria-label="OpenAIMS">
              <a href="/" id="back-to-app">← Back to OpenAIMS</a>
              <span>Paste an API token under Authentication (Bearer) to try requests as that token.</span>
            </nav>
            """;
        options.CustomCss = """
            .aims-api-header { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: center; padding: .6rem 1rem;
              background: #1f4e79; color: #fff; font: 14px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            .aims-api-header a { color: #fff; font-weight: 600; }
            .aims-api-header a:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
            /* The vendor's "Powered by" link (Scalar has no option for it): this is the product's reference page. */
            a[href^="https://scalar.com"] { display: none !important; }
            """;
    }
}
