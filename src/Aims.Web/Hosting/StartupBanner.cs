using Aims.Core.Bootstrap;
using Aims.Core.Data;

namespace Aims.Web.Hosting;

/// <summary>What a new user needs after <c>dotnet run</c>: where to go, where the data is, how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(TextWriter output, string? address, DatabaseSettings settings, InitializationResult init)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(init);
        output.WriteLine();
        output.WriteLine("  OpenAIMS is running");
        output.WriteLine($"  Open:      {address ?? "(address unknown)"}");
        output.WriteLine($"  API docs:  {address}/scalar");
        output.WriteLine($"  Database:  {settings.Describe()}");
        if (init.LedgerKeyId is not null)
        {
            // Printed on every start so an auditor can note it and later pin it: aims ledger verify --key-id <fingerprint>.
            output.WriteLine($"  Ledger key fingerprint: {init.LedgerKeyId}");
        }
        if (init.CreatedAdminEmail is not null)
        {
            output.WriteLine($"  Admin:     {init.CreatedAdminEmail}");
            if (init.GeneratedAdminPassword is not null)
            {
                // Shown once on purpose: it is not stored anywhere in clear text.
                output.WriteLine($"  Password:  {init.GeneratedAdminPassword}   (one-time; change it after signing in)");
            }
        }

        if (init.SeededDemo)
        {
            output.WriteLine("  Demo:      organization 'demo' seeded with sample AI systems");
        }

        output.WriteLine();
    }
}
