using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests;

/// <summary>Health, the API description, problem responses for unknown routes and cookie sign-in.</summary>
public sealed partial class HostTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_answers_200_and_openapi_describes_the_api()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/orgs/{org}/ai-systems", out var systems));
        Assert.True(systems.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/v1/catalogs/{catalogId}", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/v1/orgs/demo/ai-systems")]
    [InlineData("/health")]
    public async Task Responses_carry_browser_hardening_headers(string path)
    {
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var response = await client.GetAsync(path, Ct);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_api_operation_is_documented_with_a_summary_tag_and_success_response()
    {
        using var client = app.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;
        var problems = new List<string>();
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    problems.Add(name + ": no summary");
                }

                if (!op.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0)
                {
                    problems.Add(name + ": no tag");
                }

                if (!op.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')))
                {
                    problems.Add(name + ": no 2xx response");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Unknown_api_route_is_a_problem_and_unknown_page_is_html()
    {
        using var client = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/nothing-here", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cookie_sign_in_lets_the_browser_use_the_api_and_wrong_passwords_are_refused()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login", Ct);
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        Assert.NotEmpty(antiforgery);

        var wrong = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = AimsAppFactory.AdminEmail, ["password"] = "nope", ["__RequestVerificationToken"] = antiforgery,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
        Assert.Contains("error=invalid", wrong.Headers.Location!.ToString(), StringComparison.Ordinal);

        var ok = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = AimsAppFactory.AdminEmail, ["password"] = AimsAppFactory.AdminPassword,
            ["__RequestVerificationToken"] = antiforgery, ["returnUrl"] = "//evil.example/",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/", ok.Headers.Location!.ToString()); // open redirects are refused
        var orgs = await client.GetStringAsync("/api/v1/orgs", Ct);
        Assert.Contains("\"slug\":\"demo\"", orgs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    public async Task Sign_in_with_a_return_url_hiding_control_characters_goes_home(string returnUrl)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/login", Ct);
        var ok = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = AimsAppFactory.AdminEmail, ["password"] = AimsAppFactory.AdminPassword,
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value, ["returnUrl"] = returnUrl,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/", ok.Headers.Location!.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
