namespace Aims.Core.Ledger;

/// <summary>What walking one chain established: how far it goes, its head, and the hashes later checks asked for.</summary>
public sealed class LedgerChainState(string chain)
{
    public string Chain { get; } = chain;
    public long Entries { get; internal set; }

    /// <summary>Sequence of the last entry that was walked (0 when the chain has none).</summary>
    public long LastSequence { get; internal set; }

    public string LastHash { get; internal set; } = "";
    public DateTimeOffset? LastTimestamp { get; internal set; }

    /// <summary>True once a problem was found; later entries of the chain are not trusted.</summary>
    public bool Broken { get; internal set; }

    internal Dictionary<long, string> HashesAt { get; } = [];
    internal Dictionary<long, DateTimeOffset> TimestampsAt { get; } = [];

    public string? HashAt(long sequence) => HashesAt.GetValueOrDefault(sequence);

    public DateTimeOffset? TimestampAt(long sequence) => TimestampsAt.TryGetValue(sequence, out var t) ? t : null;
}
