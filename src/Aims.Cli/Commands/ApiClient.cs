using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Cli.Commands;

/// <summary>
/// Talks to a running OpenAIMS over its REST API with a bearer token (<c>--api</c>/<c>AIMS_API_URL</c>,
/// <c>--token</c>/<c>AIMS_TOKEN</c>). Problem responses become one readable line per invalid field.
/// </summary>
public sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;

    public ApiClient(Uri baseAddress, string token, HttpMessageHandler? handler, TimeSpan? timeout = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = baseAddress;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.Timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    /// <summary>The server's base address (ends with '/'), for turning the API's relative links into ones to open.</summary>
    public Uri BaseAddress => _http.BaseAddress!;

    public async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), ct);
        return await ReadAsync<T>(response, ct);
    }

    public async Task<T> PostAsync<T>(string path, object body, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Json, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>Sends a JSON body (POST or PUT); a refusal names each invalid field as <paramref name="fieldLabel"/> spells it.</summary>
    public async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object body, Func<string, string>? fieldLabel, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: Json) };
        using var response = await _http.SendAsync(request, ct);
        return await ReadAsync<T>(response, ct, "", fieldLabel);
    }

    /// <summary>Streams a file answer (an export) into <paramref name="destination"/>; a problem answer throws.</summary>
    public async Task DownloadAsync(string path, Stream destination, CancellationToken ct)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliException(DescribeProblem((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct)));
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        await body.CopyToAsync(destination, ct);
    }

    /// <summary>
    /// Posts a multipart form (its file parts stream from disk). A refusal names <paramref name="subject"/> (the file)
    /// first and each invalid field as <paramref name="fieldLabel"/> spells it (the command's option, not the API field).
    /// </summary>
    public async Task<T> PostMultipartAsync<T>(string path, MultipartFormDataContent form, string subject, Func<string, string> fieldLabel,
        CancellationToken ct)
    {
        using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), form, ct);
        return await ReadAsync<T>(response, ct, subject + ": ", fieldLabel);
    }

    /// <summary>
    /// Uploads <paramref name="file"/> as the form's <c>file</c> part, streamed from disk, after the text fields that have
    /// a value (the server checks them before it reads a byte of the file).
    /// </summary>
    public async Task<T> PostFileAsync<T>(string path, IEnumerable<(string Name, string? Value)> fields, FileInfo file,
        Func<string, string> fieldLabel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(file);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            form.Add(new StringContent(value!), name);
        }

        await using var stream = file.OpenRead();
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", file.Name);
        return await PostMultipartAsync<T>(path, form, file.Name, fieldLabel, ct);
    }

    public void Dispose() => _http.Dispose();

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct, string prefix = "",
        Func<string, string>? fieldLabel = null)
    {
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, ct)
                   ?? throw new CliException("The server returned an empty response.");
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        throw new CliException(prefix + DescribeProblem((int)response.StatusCode, text, fieldLabel));
    }

    internal static string DescribeProblem(int status, string body, Func<string, string>? fieldLabel = null)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            var lines = new List<string> { $"{status} {title}{(detail is null ? "" : ": " + detail)}" };
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    foreach (var message in field.Value.EnumerateArray())
                    {
                        lines.Add($"  {fieldLabel?.Invoke(field.Name) ?? field.Name}: {message.GetString()}");
                    }
                }
            }

            // A gate not passed names what is missing by kind: print them as the API spells them, ready for `artefacts add`.
            if (root.TryGetProperty("missingArtefacts", out var missing) && missing.ValueKind == JsonValueKind.Array && missing.GetArrayLength() > 0)
            {
                lines.Add("  missing artefacts: " + string.Join(", ", missing.EnumerateArray().Select(m => m.GetString())));
            }

            return string.Join(Environment.NewLine, lines);
        }
        catch (JsonException)
        {
            return $"{status} from server";
        }
    }
}
