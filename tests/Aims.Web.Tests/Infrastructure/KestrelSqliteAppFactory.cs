using Aims.Core.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>
/// The host on SQLite behind a real Kestrel server on a free port (not the in-memory test server), for what only the
/// real server does: its request-body limit, connection handling, chunked uploads over a socket.
/// </summary>
public sealed class KestrelSqliteAppFactory : AimsAppFactory
{
    public KestrelSqliteAppFactory() => UseKestrel(0);

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>A plain HTTP client to the server's socket with the token (the factory's own clients assume the test server).</summary>
    public HttpClient SocketClientWithToken(string token)
    {
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
