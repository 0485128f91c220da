using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client whose cookies the test can read, copy and replay (the factory's own cookie handling hides
/// them). No redirects are followed, so each Location header can be asserted.
/// </summary>
public sealed partial class ManualSession : IDisposable
{
    private readonly HttpClient _client;

    public ManualSession(WebApplicationFactory<Program> factory, Uri? baseAddress = null, IDictionary<string, string>? cookies = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = baseAddress ?? new Uri("http://localhost"),
        });
        Cookies = cookies is null ? new(StringComparer.Ordinal) : new(cookies, StringComparer.Ordinal);
    }

    public Dictionary<string, string> Cookies { get; }

    /// <summary>Every Set-Cookie header seen, verbatim (to check attributes such as Secure).</summary>
    public List<string> SetCookieHeaders { get; } = [];

    public HttpClient Client => _client;

    public Task<HttpResponseMessage> GetAsync(string path, string? host = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), host);

    public Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var header in values)
            {
                SetCookieHeaders.Add(header);
                var pair = header.Split(';', 2)[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                var deleted = value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (deleted)
                {
                    Cookies.Remove(name);
                }
                else
                {
                    Cookies[name] = value;
                }
            }
        }

        return response;
    }

    /// <summary>The antiforgery token of the form on the page at <paramref name="path"/>.</summary>
    public async Task<string> AntiforgeryTokenAsync(string path)
    {
        var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(html).Groups[1].Value;
        Assert.True(token.Length > 0, $"No antiforgery token on {path} ({(int)response.StatusCode})");
        return WebUtility.HtmlDecode(token);
    }

    /// <summary>Posts the sign-in form like a browser (page first, for its antiforgery token) and returns the answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync("/account/login");
        var fields = new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await PostFormAsync("/account/login", fields);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
