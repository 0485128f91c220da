using Microsoft.JSInterop;

namespace Aims.Web.Components.Ui;

/// <summary>
/// The few things a Blazor Server circuit cannot do from .NET: hand a generated file to the browser, rewrite the
/// address bar and use the clipboard. All live in a tiny local module (wwwroot/aims.js); nothing is loaded from a CDN.
/// </summary>
public static class BrowserInterop
{
    public static async Task SaveTextAsync(IJSRuntime js, string fileName, string contentType, string text)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await ImportAsync(js);
        await module.InvokeVoidAsync("saveText", fileName, contentType, text);
    }

    public static async Task ReplaceUrlAsync(IJSRuntime js, string url)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await ImportAsync(js);
        await module.InvokeVoidAsync("replaceUrl", url);
    }

    /// <summary>
    /// Puts text on the clipboard; false when the browser refuses (no permission, insecure origin). On failure the
    /// text in <paramref name="fieldId"/> (the field that shows it) is left selected for the person to copy.
    /// </summary>
    public static async Task<bool> CopyTextAsync(IJSRuntime js, string text, string? fieldId = null)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await ImportAsync(js);
        return await module.InvokeAsync<bool>("copyText", text, fieldId);
    }

    /// <summary>
    /// The values of the given input elements as the browser holds them (null for a missing element), read through a
    /// JS stream so a value far longer than one circuit message arrives intact. With <paramref name="pressedButtonId"/>,
    /// the values they held when that button was pressed (the button lists them in <c>data-reads-fields</c>), not what
    /// was typed since. Throws when the browser cannot answer (e.g. the connection is gone); callers then save nothing.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string?>> ReadFieldValuesAsync(IJSRuntime js, IReadOnlyList<string> ids,
        string? pressedButtonId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await ImportAsync(js);
        await using var reference = await module.InvokeAsync<IJSStreamReference>("readFieldValues", ct, ids, pressedButtonId);
        await using var stream = await reference.OpenReadStreamAsync(CircuitLimits.MaxFormBytes, ct);
        return await System.Text.Json.JsonSerializer.DeserializeAsync<Dictionary<string, string?>>(stream, cancellationToken: ct)
               ?? new Dictionary<string, string?>();
    }

    private static ValueTask<IJSObjectReference> ImportAsync(IJSRuntime js) =>
        js.InvokeAsync<IJSObjectReference>("import", "./aims.js");
}
