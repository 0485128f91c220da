using Aims.Cli;
using Aims.Core.Access;
using Aims.Core.Bootstrap;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>First start: a printed one-time admin password must be changed, a configured one is the admin's own.</summary>
public sealed class BootstrapPasswordTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("Chosen-By-The-Admin-1", false)]
    public async Task Only_a_printed_bootstrap_password_has_to_be_changed(string? configuredPassword, bool mustChange)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "aims-bootstrap-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Aims:DataDir"] = dataDir, ["Aims:Bootstrap:SeedDemo"] = "false", ["Aims:Bootstrap:AdminPassword"] = configuredPassword,
        }).Build();
        try
        {
            await using var services = new CliContext(TextWriter.Null, TextWriter.Null, configuration).BuildServices();
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AimsInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
            Assert.Equal(configuredPassword is null, result.GeneratedAdminPassword is not null);
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>().FindByEmailAsync(AimsInitializer.DefaultAdminEmail);
            Assert.Equal(mustChange, admin!.MustChangePassword);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
