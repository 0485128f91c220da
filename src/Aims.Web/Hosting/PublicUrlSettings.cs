namespace Aims.Web.Hosting;

/// <summary>
/// <c>Aims:PublicUrl</c>: the address people use to reach OpenAIMS (e.g. <c>https://aims.example.org</c>). Links that must
/// be absolute are built from it, never from the request's Host header, which any client can set. When it is https,
/// cookies are always Secure and HSTS is sent even if TLS ends at a proxy in front of the host.
/// </summary>
public sealed class PublicUrlSettings
{
    public const string Key = "Aims:PublicUrl";

    public Uri? PublicUrl { get; init; }

    public bool IsHttps => PublicUrl?.Scheme == Uri.UriSchemeHttps;

    public static PublicUrlSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PublicUrlSettings();
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) ||
            (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"{Key} must be an absolute http or https address without query, e.g. https://aims.example.org (got '{text}').");
        }

        return new PublicUrlSettings { PublicUrl = url };
    }
}
