using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;

namespace Aims.Web.Hosting;

/// <summary>
/// A bad page request (above all a form post without a valid antiforgery token: an expired sign-in page, or a post from
/// another site) is the client's mistake, not ours. It used to go to the error page, which re-ran as a POST and threw
/// again (three failures, a stack trace each). Now it is answered here with a plain 400 page and one log line.
/// </summary>
public sealed partial class BadRequestPageHandler(ILogger<BadRequestPageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (exception is not BadHttpRequestException bad || path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) ||
            httpContext.Response.HasStarted)
        {
            return false;
        }

        LogRejected(logger, httpContext.Request.Method, path, bad.Message);
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        var signIn = path.StartsWith("/account", StringComparison.OrdinalIgnoreCase);
        var next = signIn ? "<a href=\"/account/login\">Back to sign-in</a>" : "<a href=\"/\">Back to the start page</a>";
        await httpContext.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Request not accepted · OpenAIMS</title>
            <link rel="stylesheet" href="/app.css"></head>
            <body><main class="login-page"><section class="login-card" id="bad-request">
            <h1>Request not accepted</h1>
            <p>{{HtmlEncoder.Default.Encode(Explain(bad))}}</p>
            <p>Nothing was changed. {{next}}</p>
            </section></main></body></html>
            """, cancellationToken);
        return true;
    }

    private static string Explain(BadHttpRequestException exception) =>
        exception.Message.Contains("anti-forgery", StringComparison.OrdinalIgnoreCase) ||
        exception.Message.Contains("antiforgery", StringComparison.OrdinalIgnoreCase)
            ? "The form has expired or was not sent from an OpenAIMS page. Open the page again and resubmit."
            : "The request was malformed.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Method} {Path} with 400: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, string path, string reason);
}
