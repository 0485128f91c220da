using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Core.Ledger;

/// <summary>
/// Carries the <see cref="LedgerDigestKey"/> to <see cref="Data.AimsDbContext"/> through its options, because EF Core
/// builds contexts (pooled or from a factory) with the options as the only constructor argument. Registers no services.
/// The key is resolved lazily, on the first secret to ledger: a verifier opening the database must not create a key
/// file where none was (it would then check digests against a wrong key).
/// </summary>
public sealed class LedgerOptionsExtension(Lazy<LedgerDigestKey> digestKey) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public Lazy<LedgerDigestKey> DigestKey { get; } = digestKey;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Adds (or replaces) the digest key of the contexts these options build.</summary>
    public static void Use(DbContextOptionsBuilder builder, Lazy<LedgerDigestKey> digestKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new LedgerOptionsExtension(digestKey));
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "LedgerDigestKey ";

        // The key changes no internal EF service, so every key can share one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Aims:LedgerDigestKey"] = "1";
    }
}
