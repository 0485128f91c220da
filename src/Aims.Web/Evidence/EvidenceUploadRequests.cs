using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Evidence;
using Aims.Core.Evidence.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Aims.Web.Evidence;

/// <summary>
/// The HTTP side of an upload: the request-body limit raised deliberately for this request (the file limit plus the
/// form's allowance, so the application and not the server answers an oversized file with 413 problem+json), the
/// antiforgery check for browser sessions, and the form read section by section into <see cref="EvidenceUploads"/>.
/// </summary>
public static class EvidenceUploadRequests
{
    public static async Task<EvidenceItemView> CreateAsync(HttpContext http, Caller caller, EvidenceUploads uploads)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(uploads);
        await PrepareAsync(http, caller, uploads.MaxUploadBytes);
        var ct = http.RequestAborted;
        await using var form = await MultipartUpload.ReadAsync(http.Request, EvidenceFormFields.Create,
            fields =>
            {
                var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var input = EvidenceFormFields.ItemInput(fields, unreadable);
                return EvidenceFormFields.CheckAsync(unreadable, () => uploads.CheckBeforeFileAsync(caller, input, complete: false, ct));
            },
            (body, name) => uploads.StageAsync(body, name, ct), ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var complete = EvidenceFormFields.ItemInput(form.Fields, errors);
        if (errors.Count > 0)
        {
            // Unreadable values after the file: report them with whatever else is wrong, and create nothing.
            await EvidenceFormFields.CheckAsync(errors, () => uploads.CheckBeforeFileAsync(caller, complete, complete: true, ct));
        }

        return await uploads.CreateAsync(caller, complete, form.File, form.FileName, ct);
    }

    public static async Task<EvidenceItemView> SupersedeAsync(HttpContext http, Caller caller, EvidenceUploads uploads, Guid id)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(uploads);
        await PrepareAsync(http, caller, uploads.MaxUploadBytes);
        var ct = http.RequestAborted;
        var expectedVersion = Api.ETags.ParseIfMatch(http.Request);
        await using var form = await MultipartUpload.ReadAsync(http.Request, EvidenceFormFields.Supersede,
            fields =>
            {
                var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var input = EvidenceFormFields.FileInput(fields, unreadable);
                return EvidenceFormFields.CheckAsync(unreadable, () => uploads.CheckBeforeFileAsync(caller, id, input, ct));
            },
            (body, name) => uploads.StageAsync(body, name, ct), ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var complete = EvidenceFormFields.FileInput(form.Fields, errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return await uploads.SupersedeAsync(caller, id, complete, form.File, form.FileName, expectedVersion, ct);
    }

    /// <summary>
    /// A stored file as a download: an attachment with the content type of the kind its bytes were recognised as (never
    /// text/html), nosniff, and its SHA-256 as the ETag, so a browser never renders or runs an uploaded file.
    /// </summary>
    public static FileStreamHttpResult Download(HttpContext http, EvidenceContent content)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(content);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ETag = "\"" + content.Sha256 + "\"";
        return TypedResults.File(content.Content, content.ContentType, content.DownloadName);
    }

    /// <summary>Whether the request carries an upload form (rather than JSON).</summary>
    public static bool IsMultipart(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentType is { } type && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Before reading an upload: refuses a declared length over the limit, raises this request's body limit to the file
    /// limit plus the form's allowance, and checks a browser session's antiforgery token.
    /// </summary>
    public static async Task PrepareAsync(HttpContext http, Caller caller, long maxUploadBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(caller);
        var limit = maxUploadBytes + MultipartUpload.FormAllowanceBytes;
        // A declared length over the limit is refused before any of it is read.
        if (http.Request.ContentLength > limit)
        {
            throw new FileTooLargeException(maxUploadBytes);
        }

        // Kestrel's default (about 28.6 MiB) would cut a 40 MB upload short with its own error; this route takes the
        // configured file limit plus the form's allowance, and the store stops reading one byte past the file limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (!caller.ViaApiToken)
        {
            await RequireAntiforgeryAsync(http);
        }
    }

    // A browser session's cookie rides along on a form another site posts; the token in a header proves the request
    // came from our own page. (Only the header is accepted, so the check never reads the form body.)
    private static async Task RequireAntiforgeryAsync(HttpContext http)
    {
        var header = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName ?? "RequestVerificationToken";
        if (string.IsNullOrEmpty(http.Request.Headers[header]))
        {
            throw new ValidationFailedException(header,
                $"An upload from a signed-in browser session needs the page's antiforgery token in the '{header}' header; scripts use an API token instead.");
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new ValidationFailedException(header, "The antiforgery token is not valid for this session; reload the page and try again.");
        }
    }
}
