using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.E2E.Tests;

/// <summary>
/// The real host (same Program, same pipeline) on a real Kestrel port, so a browser can reach it, with its own empty
/// SQLite data folder: first start migrates, seeds the demo organization and creates the admin given here.
/// </summary>
public sealed class AimsAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "e2e.admin@openaims.local";
    public const string AdminPassword = "E2e-Admin-Pa55word!";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aims-e2e-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = default!;

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Kestrel reports the wildcard it bound; the browser needs a concrete loopback address.
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Aims:DataDir", DataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Aims:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Aims:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Aims:Bootstrap:SeedDemo", "true");
        // A test run signs in more often per minute than a person; the limits themselves are tested in Aims.Web.Tests.
        builder.UseSetting("Aims:RateLimits:SignInPerMinute", "100000");
        // Warnings and errors only: a CI log keeps its tail, and the summary of failed tests must not scroll out of it.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing the run over it is not.
            }
        }
    }
}
