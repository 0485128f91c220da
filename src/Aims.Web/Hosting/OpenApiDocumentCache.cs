using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Aims.Web.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, generated once per process. Generating it walks every endpoint and
/// schema (a tenth of a second on a warm idle machine, seconds on a cold loaded one), yet it only changes with the code,
/// so it is prepared in the background as soon as the app has started and then served from memory: the API reference
/// opens without waiting for it and API clients that fetch it often cost nothing. A failed generation is logged and
/// tried again by the next request instead of being remembered.
/// </summary>
public sealed class OpenApiDocumentCache(
    IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<OpenApiDocumentCache> logger)
{
    public const string DocumentName = "v1";
    public const string Route = "/openapi/" + DocumentName + ".json";

    private readonly Lock gate = new();
    private Task<byte[]>? document;

    /// <summary>The document serialized as OpenAPI 3.1 JSON, exactly as the framework's own endpoint writes it.</summary>
    public Task<byte[]> JsonAsync()
    {
        lock (gate)
        {
            if (document is null || document.IsFaulted || document.IsCanceled)
            {
                document = Task.Run(GenerateAsync);
            }

            return document;
        }
    }

    /// <summary>Starts generating the document once the host has started, so the first reader does not wait for it.</summary>
    public void PrepareAfterStart() => lifetime.ApplicationStarted.Register(() => _ = JsonAsync());

    private async Task<byte[]> GenerateAsync()
    {
        try
        {
            var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
            var generated = await provider.GetOpenApiDocumentAsync(lifetime.ApplicationStopping);
            using var buffer = new MemoryStream();
            await generated.SerializeAsJsonAsync(buffer, OpenApiSpecVersion.OpenApi3_1, lifetime.ApplicationStopping);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not generate the OpenAPI document; the next request to {Route} tries again", Route);
            throw;
        }
    }
}
