using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Cli.Commands;

/// <summary>What <c>aims ledger verify</c> reads: entries (streamed), checkpoints, the anchor new chains start from.</summary>
internal sealed class VerifySource
{
    private readonly string? _onlyChain;
    private readonly Dictionary<string, string> _names;

    private VerifySource(string? onlyChain, Dictionary<string, string> names, string description)
    {
        _onlyChain = onlyChain;
        _names = names;
        Description = description;
    }

    public IAsyncEnumerable<LedgerEntry> Entries { get; private init; } = AsyncEnumerable.Empty<LedgerEntry>();
    public List<LedgerCheckpoint> Checkpoints { get; private init; } = [];
    public string Anchor { get; private init; } = LedgerHasher.GenesisHash;
    public List<LedgerProblem> Problems { get; } = [];
    public string Description { get; }

    public bool InScope(string chain) => _onlyChain is null || string.Equals(chain, _onlyChain, StringComparison.Ordinal);

    /// <summary>How a chain is named in messages: with the organization's slug where it has one.</summary>
    public string Describe(string chain) => chain == TrustedKey.KeyChain
        ? "signing key"
        : _names.TryGetValue(chain, out var slug) ? $"chain {chain} ({slug})" : $"chain {chain}";

    public static async Task<VerifySource> FromDatabaseAsync(AimsDbContext db, string? organization, LedgerSigningKey? key,
        CancellationToken ct)
    {
        var names = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => LedgerChains.For(o.Id), o => o.Slug, ct);
        var anchor = await db.ChainAnchorAsync(ct);
        if (organization is null)
        {
            return new VerifySource(null, names, db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true
                ? "SQLite database" : "PostgreSQL database")
            {
                Entries = LedgerEntryReader.ReadAsync(db, null, ct),
                Checkpoints = await db.LedgerCheckpoints.AsNoTracking().ToListAsync(ct),
                Anchor = anchor,
            };
        }

        var chain = names.FirstOrDefault(n => n.Value == organization).Key
                    ?? throw new CliException($"--org: no organization '{organization}'.");
        var source = new VerifySource(chain, names, $"organization {organization}")
        {
            Entries = LedgerEntryReader.ReadAsync(db, chain, ct),
            Checkpoints = await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == chain).ToListAsync(ct),
            Anchor = anchor,
        };
        var closing = await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == LedgerChains.Legacy)
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        if (LedgerAnchor.Check(chain, anchor, closing, key) is { } problem)
        {
            source.Problems.Add(problem);
        }

        return source;
    }

    public static async Task<VerifySource> FromExportAsync(LedgerExportReader export, LedgerSigningKey? key, CancellationToken ct)
    {
        var header = export.Header;
        var (checkpoints, entries) = await export.ReadAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (header.Organization is not null)
        {
            names[header.Chain] = header.Organization;
        }

        var anchor = header.Anchor?.Hash ?? LedgerHasher.GenesisHash;
        var source = new VerifySource(header.Chain, names, $"export file of {header.Organization ?? header.Chain}")
        {
            Entries = entries,
            Checkpoints = checkpoints.Where(c => string.Equals(c.Chain, header.Chain, StringComparison.Ordinal)).ToList(),
            Anchor = anchor,
        };
        if (checkpoints.Count != source.Checkpoints.Count)
        {
            source.Problems.Add(new LedgerProblem(header.Chain, "the file holds checkpoints of another chain"));
        }

        if (LedgerAnchor.Check(header.Chain, anchor, header.Anchor?.ToCheckpoint(), key) is { } problem)
        {
            source.Problems.Add(problem);
        }

        return source;
    }
}
