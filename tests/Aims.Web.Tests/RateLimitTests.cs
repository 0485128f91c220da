using System.Net;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace Aims.Web.Tests;

/// <summary>Sign-in posts and failed token authentications are limited per client address; successful tokens never are.</summary>
public sealed class RateLimitTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_answer_429_with_retry_after()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Aims:RateLimits:SignInPerMinute", "3"));
        using var browser = new ManualSession(limited);
        var token = await browser.AntiforgeryTokenAsync("/account/login");
        var form = new Dictionary<string, string>
        {
            ["email"] = $"guess-{Guid.NewGuid():N}@test.local", ["password"] = "Guess-Number-1", ["__RequestVerificationToken"] = token,
        };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/login", form)).StatusCode);
        }

        var refused = await browser.PostFormAsync("/account/login", form);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Looking at the page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Failed_token_authentications_are_limited_per_address_and_successful_ones_never()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Aims:RateLimits:FailedTokenAuthPerMinute", "3"));

        // Far more successful requests than the failure budget: none is throttled.
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(limited, "10.1.0.1", app.DemoViewerToken)).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            await HttpAssertions.AssertProblemAsync(await SendAsync(limited, "10.1.0.1", "aims_not-a-real-token"), HttpStatusCode.Unauthorized);
        }

        var refused = await SendAsync(limited, "10.1.0.1", "aims_not-a-real-token");
        var problem = await HttpAssertions.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("Retry-After", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(refused.Headers.Contains("Retry-After"));

        // Another address is not affected by the first one's failures.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(limited, "10.1.0.2", app.DemoViewerToken)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory,
        string address, string token)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/api/v1/orgs/demo/ai-systems";
            c.Request.Headers.Authorization = "Bearer " + token;
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        }, Ct);
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode)
        {
            Content = new StreamContent(context.Response.Body),
        };
        foreach (var (name, values) in context.Response.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                response.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        return response;
    }
}
