using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAimsWeb(builder.Configuration);
var app = builder.Build();

// Migrate and bootstrap before serving: a fresh data folder becomes a working installation on first run.
InitializationResult init;
await using (var scope = app.Services.CreateAsyncScope())
{
    init = await scope.ServiceProvider.GetRequiredService<AimsInitializer>().InitializeAsync();
}

app.UseAimsPipeline();
app.MapAimsEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
    var settings = app.Services.GetRequiredService<DatabaseSettings>();
    StartupBanner.Print(Console.Out, addresses?.FirstOrDefault(), settings, init);
});

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
