using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.E2E.Tests;

/// <summary>Sets up records through Core, as the demo organization's admin, where the UI path is not what a test is about.</summary>
public static class DemoData
{
    public static async Task<AiSystemView> CreateSystemAsync(AimsAppFactory app, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var caller = await AdminAsync(scope.ServiceProvider, ct);
        return await scope.ServiceProvider.GetRequiredService<AiSystemService>()
            .CreateAsync(caller, new AiSystemInput { Name = name, Purpose = "Set up by the test" }, ct);
    }

    /// <summary>A document started from the AI policy starter template (its first version is a draft).</summary>
    public static async Task<DocumentView> CreateDocumentAsync(AimsAppFactory app, string title, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var caller = await AdminAsync(scope.ServiceProvider, ct);
        return await scope.ServiceProvider.GetRequiredService<DocumentService>()
            .CreateAsync(caller, new DocumentInput { Title = title, TemplateId = "ai-policy" }, ct);
    }

    /// <summary>The bootstrap admin acting in the demo organization.</summary>
    public static async Task<Caller> AdminAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var users = services.GetRequiredService<UserManager<AimsUser>>();
        var admin = await users.FindByEmailAsync(AimsAppFactory.AdminEmail)
                    ?? throw new InvalidOperationException("The bootstrap admin is missing.");
        return await services.GetRequiredService<CallerResolver>()
                   .ResolveAsync(admin.Id, AimsAppFactory.AdminEmail, "demo", null, null, ct)
               ?? throw new InvalidOperationException("The admin cannot act in the demo organization.");
    }
}
