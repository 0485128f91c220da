using Aims.Core.Reminders.MyWork;
using Aims.Web.Reminders;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// Web nodes for reminder tests: each is a host of its own on the fixture's database (a second node of the same
/// installation), with the test's clock, my-work source, SMTP port and log capture. The reminder worker is off
/// (the fixture turns it off); tests run cycles with <see cref="ReminderRunner.RunOnceAsync"/>.
/// </summary>
public static class ReminderNodes
{
    public const string PublicUrl = "https://aims.example.org";
    public const string Sender = "OpenAIMS <aims@example.org>";

    public static ReminderNode Start(AimsAppFactory app, TimeProvider clock, TestWorkSource? source = null,
        int? smtpPort = null, (string User, string Password)? credentials = null, LogCapture? logs = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var node = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Aims:PublicUrl", PublicUrl);
            if (smtpPort is { } port)
            {
                b.UseSetting("Aims:Smtp:Host", "127.0.0.1");
                b.UseSetting("Aims:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
                b.UseSetting("Aims:Smtp:Security", "none");
                b.UseSetting("Aims:Smtp:From", Sender);
                b.UseSetting("Aims:Smtp:TimeoutSeconds", "10");
                if (credentials is { } c)
                {
                    b.UseSetting("Aims:Smtp:UserName", c.User);
                    b.UseSetting("Aims:Smtp:Password", c.Password);
                }
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(s =>
            {
                s.AddSingleton(clock);
                if (source is not null)
                {
                    s.AddSingleton<IMyWorkSource>(source);
                }

                if (logs is not null)
                {
                    s.AddLogging(l => l.AddProvider(logs));
                }
            });
        });
        return new ReminderNode(node);
    }
}
