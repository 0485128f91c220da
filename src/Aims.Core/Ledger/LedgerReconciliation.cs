namespace Aims.Core.Ledger;

/// <summary>
/// Outcome of comparing the live tables with the replayed ledger. <see cref="SecretsUnchecked"/> counts secret fields
/// that could not be compared (no digest key, or entries from before digests were ledgered): a verifier must say so
/// rather than report them as matching.
/// </summary>
public sealed record LedgerReconciliation(
    long EntriesReplayed,
    long RowsCompared,
    int TablesCompared,
    long SecretsChecked,
    long SecretsUnchecked,
    string? SecretsUncheckedReason,
    IReadOnlyList<LedgerDifference> Differences)
{
    public bool IsClean => Differences.Count == 0;
}
