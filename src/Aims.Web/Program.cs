using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

WebApplication app;
InitializationResult init;
try
{
    var builder = WebApplication.CreateBuilder(args);
    // Serve the packages' static files (MudBlazor's CSS and JS) from a build folder as well, as `dotnet run` starts the
    // product: without it only Development does, and the README's command showed an unstyled page. A published app has
    // no runtime manifest, and this does nothing there.
    builder.WebHost.UseStaticWebAssets();
    builder.Services.AddAimsWeb(builder.Configuration);
    app = builder.Build();

    // Migrate and bootstrap before serving: a fresh data folder becomes a working installation on first run.
    await using var scope = app.Services.CreateAsyncScope();
    init = await scope.ServiceProvider.GetRequiredService<AimsInitializer>().InitializeAsync();
    // Hash the decoy password now, so the first sign-in attempt for an unknown address costs what any other one does.
    app.Services.GetRequiredService<Aims.Web.Security.DecoyPassword>()
        .HashWith(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Aims.Core.Access.AimsUser>>());
}
#pragma warning disable CA1031 // Start-up failures (bad configuration, unreachable database) get one clear line, not a stack trace.
catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
{
    await Console.Error.WriteLineAsync($"OpenAIMS could not start: {StartupFailure.Describe(ex)}");
    return 1;
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
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
