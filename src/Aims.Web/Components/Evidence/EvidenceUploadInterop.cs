using System.Text.Json;
using Microsoft.JSInterop;

namespace Aims.Web.Components.Evidence;

/// <summary>
/// Sends an upload form from the browser to the evidence API (wwwroot/aims.js <c>uploadForm</c>): the file goes over
/// plain HTTP, streamed by the browser, never through the circuit. The answer is read back here into an
/// <see cref="UploadOutcome"/> so the page can put each problem on its field.
/// </summary>
public static class EvidenceUploadInterop
{
    /// <summary>The file input's field name in <see cref="UploadOutcome.Errors"/> when no file was chosen.</summary>
    public const string FileField = "file";

    /// <param name="method">POST (a new item or file) or PUT (a draft's content replaced by the file).</param>
    public static async Task<UploadOutcome> PostAsync(IJSRuntime js, string url, IEnumerable<KeyValuePair<string, string>> fields,
        string fileInputId, string tokenHeader, string? token, string method = "POST")
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(fields);
        var values = fields.Select(f => new FormValue(f.Key, f.Value)).ToList();
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./aims.js");
        var answer = await module.InvokeAsync<Answer>("uploadForm", url, values, fileInputId, tokenHeader, token ?? "", method);
        return Read(answer.Status, answer.Body);
    }

    /// <summary>The chosen file's name and size, or null when none is chosen.</summary>
    public static async Task<ChosenFile?> ChosenAsync(IJSRuntime js, string fileInputId)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./aims.js");
        return await module.InvokeAsync<ChosenFile?>("chosenFile", fileInputId);
    }

    /// <summary>The API's answer as an outcome: the id on success, else the problem's messages per field and its detail.</summary>
    public static UploadOutcome Read(int status, string? body)
    {
        var none = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (status == -1)
        {
            return new UploadOutcome(status, null, new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [FileField] = ["Choose the file to upload."],
            }, null);
        }

        if (status == 0)
        {
            return new UploadOutcome(status, null, none, $"The upload could not be sent ({body}). Check the connection and try again.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new UploadOutcome(status, null, none, $"The server answered {status} without an explanation.");
        }

        if (status is >= 200 and < 300)
        {
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idValue) && idValue.TryGetGuid(out var parsed)
                ? parsed
                : (Guid?)null;
            return new UploadOutcome(status, id, none, id is null ? "The upload was accepted but the answer names no item." : null);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in list.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                    : [field.Value.ToString()];
            }
        }

        var message = Text(root, "detail") ?? Text(root, "title") ?? $"The server answered {status}.";
        return new UploadOutcome(status, null, errors, message);
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private sealed record FormValue(string Name, string Value);

    private sealed record Answer(int Status, string Body);
}
