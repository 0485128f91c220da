using Aims.Core.Data;
using Npgsql;

namespace Aims.Web.Tests;

/// <summary>PostgreSQL connections prepare their hot statements and keep them across pool returns, unless the operator's
/// connection string says otherwise (their value wins, in either spelling Npgsql accepts).</summary>
public sealed class PostgresConnectionSettingsTests
{
    [Fact]
    public void A_plain_connection_string_gets_auto_prepare_and_no_reset_on_close()
    {
        var applied = new NpgsqlConnectionStringBuilder(
            PostgresConnectionSettings.Apply("Host=db;Username=aims;Password=x;Database=aims"));
        Assert.Equal(PostgresConnectionSettings.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal("db", applied.Host);
        Assert.Equal("x", applied.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void The_operators_own_values_win(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionSettings.Apply(connectionString));
        Assert.Equal(0, applied.MaxAutoPrepare);
        Assert.False(applied.NoResetOnClose);
    }

    [Fact]
    public void A_quoted_password_that_looks_like_a_setting_is_kept_whole_and_sets_nothing()
    {
        var applied = new NpgsqlConnectionStringBuilder(
            PostgresConnectionSettings.Apply("Host=db;Password='a;Max Auto Prepare=0'"));
        Assert.Equal("a;Max Auto Prepare=0", applied.Password);
        Assert.Equal(PostgresConnectionSettings.MaxAutoPrepare, applied.MaxAutoPrepare);
    }
}
