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

    /// <summary>Puts text on the clipboard; false when the browser refuses (no permission, insecure origin).</summary>
    public static async Task<bool> CopyTextAsync(IJSRuntime js, string text)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var module = await ImportAsync(js);
        return await module.InvokeAsync<bool>("copyText", text);
    }

    private static ValueTask<IJSObjectReference> ImportAsync(IJSRuntime js) =>
        js.InvokeAsync<IJSObjectReference>("import", "./aims.js");
}
