using System.Globalization;
using Aims.Core.Common;

namespace Aims.Web.Api;

/// <summary>Record versions as HTTP entity tags (<c>"3"</c>) for optimistic concurrency via If-Match.</summary>
public static class ETags
{
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Null when the client sent no If-Match (or <c>*</c>); a malformed value is a validation error.</summary>
    public static long? ParseIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? value = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(value) || value.Trim() == "*")
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (long.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new ValidationFailedException("If-Match", "If-Match must be the ETag you received, for example \"3\".");
    }
}
