using Aims.Web.Reminders;
using Aims.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// <c>Aims:Smtp</c> and <c>Aims:Reminders</c>: every mistake is named at start-up, never silently ignored, and the
/// SMTP password appears in no message.
/// </summary>
public sealed class ReminderSettingsTests
{
    private const string Password = "Very-Secret-Smtp-Pass-77";

    [Fact]
    public void Without_a_host_or_anything_else_there_is_no_email()
    {
        Assert.Null(SmtpSettings.From(Config()));
        Assert.Null(SmtpSettings.From(Config(("Aims:Smtp:Host", ""))));
    }

    [Fact]
    public void Defaults_follow_the_security_mode()
    {
        var tls = SmtpSettings.From(Config(("Aims:Smtp:Host", "smtp.example.org"), ("Aims:Smtp:From", "OpenAIMS <aims@example.org>")))!;
        Assert.Equal((587, SmtpSecurity.StartTls), (tls.Port, tls.Security));
        Assert.Equal(TimeSpan.FromSeconds(30), tls.Timeout);
        var ssl = SmtpSettings.From(Config(("Aims:Smtp:Host", "smtp.example.org"), ("Aims:Smtp:From", "aims@example.org"),
            ("Aims:Smtp:Security", "SSLONCONNECT")))!;
        Assert.Equal((465, SmtpSecurity.SslOnConnect), (ssl.Port, ssl.Security));
        var signedIn = SmtpSettings.From(Config(("Aims:Smtp:Host", "smtp.example.org"), ("Aims:Smtp:From", "aims@example.org"),
            ("Aims:Smtp:UserName", "mailer"), ("Aims:Smtp:Password", Password)))!;
        Assert.Contains("as mailer", signedIn.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, signedIn.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_key_is_named_in_one_message_without_the_password()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmtpSettings.From(Config(
            ("Aims:Smtp:Port", "99999"), ("Aims:Smtp:From", "not an address"), ("Aims:Smtp:Security", "tls"),
            ("Aims:Smtp:Password", Password), ("Aims:Smtp:TimeoutSeconds", "0"))));
        foreach (var key in new[] { "Aims:Smtp:Host", "Aims:Smtp:Port", "Aims:Smtp:From", "Aims:Smtp:Security", "Aims:Smtp:UserName", "Aims:Smtp:TimeoutSeconds" })
        {
            Assert.Contains(key, error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aims:Reminders:Interval", "15")]
    [InlineData("Aims:Reminders:Interval", "00:00:00")]
    [InlineData("Aims:Reminders:Interval", "2.00:00:00")]
    [InlineData("Aims:Reminders:LeaseDuration", "00:10:00")]
    [InlineData("Aims:Reminders:Enabled", "yes")]
    public void Reminder_settings_outside_their_range_are_refused_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReminderSettings.From(Config((key, value))));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_defaults_are_every_15_minutes_with_a_30_minute_lease()
    {
        var settings = ReminderSettings.From(Config());
        Assert.True(settings.Enabled);
        Assert.Equal(TimeSpan.FromMinutes(15), settings.Interval);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.LeaseDuration);
        Assert.Equal(TimeSpan.FromMinutes(10), ReminderSettings.From(Config(("Aims:Reminders:Interval", "00:05:00"))).LeaseDuration);
    }

    [Fact]
    public void Smtp_without_a_public_url_stops_the_host_at_start_up_saying_why()
    {
        var config = Config(("Aims:Smtp:Host", "127.0.0.1"), ("Aims:Smtp:From", "aims@example.org"));
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddAimsReminders(config, new PublicUrlSettings()));
        Assert.Contains("Aims:PublicUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Aims:Smtp", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
