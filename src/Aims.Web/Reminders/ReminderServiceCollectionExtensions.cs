using Aims.Core.Reminders.Mail;
using Aims.Web.Hosting;

namespace Aims.Web.Reminders;

/// <summary>The host's part of reminders: settings, SMTP when configured, the runner and its worker.</summary>
public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddAimsReminders(this IServiceCollection services, IConfiguration configuration, PublicUrlSettings publicUrl)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        services.AddSingleton(ReminderSettings.From(configuration));
        if (SmtpSettings.From(configuration) is { } smtp)
        {
            // Links in an e-mail must be absolute, and are never built from a request's Host header.
            var url = publicUrl.PublicUrl ?? throw new InvalidOperationException(
                $"{SmtpSettings.Section} is configured, so reminder e-mails are sent, but {PublicUrlSettings.Key} is not: " +
                "set it to the address people open OpenAIMS at (e.g. https://aims.example.org), which the e-mails link to.");
            services.AddSingleton(smtp);
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
            services.AddSingleton(new ReminderMailSettings(url));
        }

        services.AddSingleton<ReminderRunner>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
