namespace Aims.Core.Ledger;

/// <summary>The outcome of <see cref="LedgerVerifier.WalkAsync"/>: every chain seen and the problems found.</summary>
public sealed class LedgerWalk
{
    private readonly Dictionary<string, LedgerChainState> _chains = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LedgerChainState> Chains => _chains;
    public List<LedgerProblem> Problems { get; } = [];
    public long EntriesChecked { get; internal set; }

    public bool IsIntact => Problems.Count == 0;

    /// <summary>Every problem, one per line; null when intact.</summary>
    public string? Problem => IsIntact ? null : string.Join(Environment.NewLine, Problems);

    /// <summary>The walked state of a chain; an empty one when the walk saw no entry of it.</summary>
    public LedgerChainState StateOf(string chain) => _chains.GetValueOrDefault(chain) ?? new LedgerChainState(chain);

    internal LedgerChainState Start(string chain)
    {
        if (_chains.ContainsKey(chain))
        {
            // The source must deliver each chain in one run; anything else is a bug of the caller, not tampering.
            throw new InvalidOperationException($"Ledger entries of chain {chain} were not delivered in chain order.");
        }

        var state = new LedgerChainState(chain);
        _chains[chain] = state;
        return state;
    }
}
