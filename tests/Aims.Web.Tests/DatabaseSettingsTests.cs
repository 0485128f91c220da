using Aims.Core.Data;

namespace Aims.Web.Tests;

/// <summary>The database description printed at start-up and by the CLI never carries a password, whatever its spelling.</summary>
public sealed class DatabaseSettingsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres, "Host=db;Username=aims;Password=s3cret-value")]
    [InlineData(DatabaseProvider.Postgres, "Host=db;Username=aims;Pwd=s3cret-value")]
    [InlineData(DatabaseProvider.Postgres, "Host=db;Username=aims; psw = s3cret-value")]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=/data/aims.db;Password=s3cret-value")]
    public void Describe_never_includes_the_password(DatabaseProvider provider, string connectionString)
    {
        var described = new DatabaseSettings(provider, connectionString, "/data").Describe();
        Assert.DoesNotContain("s3cret-value", described, StringComparison.Ordinal);
        Assert.Contains(provider == DatabaseProvider.Postgres ? "Host=db" : "/data/aims.db", described, StringComparison.Ordinal);
    }
}
