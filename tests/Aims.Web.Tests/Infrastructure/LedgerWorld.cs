using System.Net.Http.Json;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>
/// A host whose demo organization's chain has several signed checkpoints with entries between them, and a witness
/// (<c>aims ledger head</c> output) saved after the last legitimate write — the starting point of every tampering test.
/// </summary>
public sealed class LedgerWorld<TApp> : IAsyncLifetime where TApp : AimsAppFactory, new()
{
    public TApp App { get; } = new();
    public string WitnessFile { get; } = Path.Combine(Path.GetTempPath(), "aims-witness-" + Guid.NewGuid().ToString("N") + ".json");

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        if (!App.IsAvailable)
        {
            return;
        }

        using var client = App.ClientWithToken(App.DemoAdminToken);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                var created = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems",
                    new { name = $"Tamper target {round}-{i} {Guid.NewGuid():N}" }, TestContext.Current.CancellationToken);
                created.EnsureSuccessStatusCode();
            }

            var (code, _, error) = await CliRun.RunAsync(App.CliConfiguration, "ledger", "checkpoint");
            Assert.True(code == 0, error);
        }

        var (headCode, head, headError) = await CliRun.RunAsync(App.CliConfiguration, "ledger", "head");
        Assert.True(headCode == 0, headError);
        await File.WriteAllTextAsync(WitnessFile, head);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(WitnessFile);
    }
}
