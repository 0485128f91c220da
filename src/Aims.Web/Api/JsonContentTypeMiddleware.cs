namespace Aims.Web.Api;

/// <summary>
/// The API takes JSON only. A write with another content type is answered 400 with the offending header named
/// (the issue contract), before anything else runs, so nothing can be stored from an unreadable body. Upload endpoints
/// (marked with <see cref="Evidence.MultipartUploadMetadata"/>) also take <c>multipart/form-data</c>; imports
/// (<see cref="Registers.TableUploadMetadata"/>) take CSV, xlsx or a form.
/// </summary>
public sealed class JsonContentTypeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if ((HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)) &&
            hasBody && !request.HasJsonContentType() && !IsAcceptedUpload(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            var problem = ApiExceptionHandler.Validation(new Dictionary<string, string[]>
            {
                ["Content-Type"] =
                [
                    $"Send the request body as JSON with 'Content-Type: application/json' (got '{request.ContentType ?? "none"}').",
                ],
            });
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    }

    private static bool IsAcceptedUpload(HttpContext context) =>
        (context.GetEndpoint()?.Metadata.GetMetadata<Evidence.MultipartUploadMetadata>() is not null
         && Evidence.EvidenceUploadRequests.IsMultipart(context.Request))
        || (context.GetEndpoint()?.Metadata.GetMetadata<Registers.TableUploadMetadata>() is not null
            && Registers.TableUploadMetadata.Accepts(context.Request.ContentType));
}
