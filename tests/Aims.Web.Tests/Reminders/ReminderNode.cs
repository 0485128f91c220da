using Aims.Web.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// One started web node of a reminder test (see <see cref="ReminderNodes"/>). Disposing it hands the reminder lease
/// back first: the worker does that on a real shutdown, but a test host's disposal races the host's own stop with its
/// service provider's disposal, and the next test on the same database must find the lease free.
/// </summary>
public sealed class ReminderNode : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public ReminderNode(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
        _ = factory.Services; // start it here, not inside the concurrent part of a test
    }

    public IServiceProvider Services => _factory.Services;

    public ReminderRunner Runner() => Services.GetRequiredService<ReminderRunner>();

    /// <summary>A client of this node sending an API token.</summary>
    public HttpClient ClientWithTokenFor(string token)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Runner().ReleaseAsync();
        await _factory.DisposeAsync();
    }
}
