namespace Aims.Web.Evidence;

/// <summary>
/// Marks an endpoint that takes a <c>multipart/form-data</c> upload; everywhere else the API takes JSON only
/// (<see cref="Api.JsonContentTypeMiddleware"/>).
/// </summary>
public sealed class MultipartUploadMetadata
{
    public static MultipartUploadMetadata Instance { get; } = new();

    private MultipartUploadMetadata()
    {
    }
}
