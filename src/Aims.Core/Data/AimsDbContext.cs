using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Data;

/// <summary>
/// The unit of work for all of OpenAIMS. Two things happen on every save that nothing may bypass:
/// audit fields and versions are stamped, and each change is appended to the hash-chained ledger in the same
/// database transaction (so a change without its ledger entry cannot exist).
/// </summary>
public sealed class AimsDbContext : IdentityDbContext<AimsUser, IdentityRole<Guid>, Guid>
{
    // Chains this context appended to since its transaction began; handed to the checkpoint signal after commit.
    private readonly HashSet<string> _appendedChains = new(StringComparer.Ordinal);

    /// <summary>Facts this unit of work already checked (see <see cref="UnitMemo"/>).</summary>
    public UnitMemo Memo { get; } = new();

    private readonly Lazy<LedgerDigestKey>? _digestKey;

    public AimsDbContext(DbContextOptions<AimsDbContext> options)
        : base(options)
    {
        // Contexts built without the key (design-time tooling) can read and migrate but refuse to ledger a secret.
        _digestKey = options?.FindExtension<LedgerOptionsExtension>()?.DigestKey;
    }

    /// <summary>The organization whose records queries may see. Null means none: tenant queries return nothing.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>The tenant organization's time zone (IANA id, null for UTC), for filters relative to its calendar day.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Who is changing things; stamped on records and ledger entries.</summary>
    public string Actor { get; set; } = "system";

    /// <summary>Clock for stamps; tests replace it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// A save made only of new rows writes them in multi-row statements (see <see cref="BulkRowWriter"/>): for large
    /// imports. Ledgering is unchanged; rows with database-generated keys are detached after the save.
    /// </summary>
    public bool WritesNewRowsInBulk { get; set; }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AiSystem> AiSystems => Set<AiSystem>();
    public DbSet<Evidence.EvidenceItem> EvidenceItems => Set<Evidence.EvidenceItem>();
    public DbSet<Evidence.EvidenceFile> EvidenceFiles => Set<Evidence.EvidenceFile>();
    public DbSet<Evidence.EvidenceLink> EvidenceLinks => Set<Evidence.EvidenceLink>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerCheckpoint> LedgerCheckpoints => Set<LedgerCheckpoint>();
    public DbSet<PersonDataKey> PersonDataKeys => Set<PersonDataKey>();
    public DbSet<PersonErasure> PersonErasures => Set<PersonErasure>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SignInFailureCounter> SignInFailureCounters => Set<SignInFailureCounter>();
    public DbSet<Reminders.Notifications.Notification> Notifications => Set<Reminders.Notifications.Notification>();
    public DbSet<Reminders.Mail.OutboundMail> OutboundMails => Set<Reminders.Mail.OutboundMail>();
    public DbSet<Reminders.Scheduling.SchedulerLease> SchedulerLeases => Set<Reminders.Scheduling.SchedulerLease>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        var now = Now();
        StampAuditFields(now);
        var personKeys = await PersonKeyRing.PrepareAsync(this, now, cancellationToken);
        var pending = LedgerRecorder.Capture(ChangeTracker, _digestKey, personKeys);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Our own transaction takes SQLite's single-writer gate first (see SqliteWriteGate); inside a caller's
        // transaction the caller decided how it writes.
        using var gate = Database.CurrentTransaction is null
            ? await SqliteWriteGate.EnterAsync(Database, cancellationToken)
            : default;
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await AppendToLedgerAsync(pending, now, cancellationToken);
            // In our own transaction a failure rolls everything back, so EF's savepoint around the batch would only
            // add two round trips while the chain's lock is held (the lock bounds the chain's write rate).
            if (ownTransaction is not null)
            {
                Database.AutoSavepointsEnabled = false;
            }

            var changed = WritesNewRowsInBulk ? ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList() : null;
            var written = changed is not null && BulkRowWriter.CanWrite(changed)
                ? await BulkRowWriter.WriteAsync(this, changed, cancellationToken)
                : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        catch
        {
            // The ledger entries were added to this context; drop them so a retry does not append them twice.
            foreach (var entry in ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            if (ownTransaction is not null)
            {
                _appendedChains.Clear();
            }

            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                Database.AutoSavepointsEnabled = true;
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>Back to a new context's settings, for a context taken from the pool (see <see cref="AimsDbContextFactory"/>).</summary>
    internal AimsDbContext ResetForLease()
    {
        TenantId = null;
        TimeZone = null;
        Actor = "system";
        Clock = TimeProvider.System;
        WritesNewRowsInBulk = false;
        _appendedChains.Clear();
        Memo.Clear();
        return this;
    }

    /// <summary>Current time truncated to milliseconds, the precision both databases round-trip exactly.</summary>
    public DateTimeOffset Now()
    {
        var utc = Clock.GetUtcNow();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AimsDbContext).Assembly);
        // Every tenant-owned entity is scoped to TenantId by convention, so a new register cannot forget it
        // (TenancyConventionTests fails for any that lacks the filter).
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(ITenantOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            FilterByTenantMethod.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        }
    }

    private static readonly System.Reflection.MethodInfo FilterByTenantMethod =
        typeof(AimsDbContext).GetMethod(nameof(FilterByTenant), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private void FilterByTenant<T>(ModelBuilder builder)
        where T : class, ITenantOwned => builder.Entity<T>().HasQueryFilter(e => e.OrganizationId == TenantId);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or ORDER BY DateTimeOffset stored as text; store Unix milliseconds there instead.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        }
    }

    private void StampAuditFields(DateTimeOffset now)
    {
        foreach (var entry in ChangeTracker.Entries<AuditedEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.CreatedBy = Actor;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = Actor;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = Actor;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The chains appended to since the last call (see <see cref="LedgerCommitInterceptor"/>).</summary>
    internal List<string> TakeAppendedChains()
    {
        var chains = _appendedChains.ToList();
        _appendedChains.Clear();
        return chains;
    }

    private async Task AppendToLedgerAsync(List<LedgerEntry> pending, DateTimeOffset now, CancellationToken ct)
    {
        // Each chain in name order, so two transactions touching the same two chains cannot deadlock on their locks.
        foreach (var group in pending.GroupBy(e => LedgerChains.For(e.OrganizationId)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var chain = group.Key;
            // Two writers must not both read the same chain head; the lock is released at commit.
            var head = await LedgerLocks.LockAndReadHeadAsync(this, chain, chain, ct);
            var sequence = head?.Sequence ?? 0;
            var previous = head?.Hash ?? await ChainAnchorAsync(ct);
            foreach (var entry in group)
            {
                entry.Chain = chain;
                entry.Sequence = ++sequence;
                entry.Timestamp = now;
                entry.Actor = Actor;
                entry.PreviousHash = previous;
                entry.Hash = LedgerHasher.Compute(entry);
                previous = entry.Hash;
                LedgerEntries.Add(entry);
            }

            _appendedChains.Add(chain);
        }
    }

    /// <summary>
    /// Where a new chain starts: the last hash of the pre-chain shared ledger when the database has one (it never
    /// grows again, so no lock is needed), else the genesis value.
    /// </summary>
    public async Task<string> ChainAnchorAsync(CancellationToken ct) =>
        await LedgerEntries.AsNoTracking()
            .Where(e => e.Chain == LedgerChains.Legacy)
            .OrderByDescending(e => e.Sequence)
            .Select(e => e.Hash)
            .FirstOrDefaultAsync(ct) ?? LedgerHasher.GenesisHash;
}
