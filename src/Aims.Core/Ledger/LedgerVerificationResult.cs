namespace Aims.Core.Ledger;

/// <summary>Outcome of walking the chain. When broken, names the first entry that does not hold and why.</summary>
public sealed record LedgerVerificationResult(bool IsIntact, long EntriesChecked, long? FirstBadSequence, string? Problem)
{
    public static LedgerVerificationResult Intact(long count) => new(true, count, null, null);

    public static LedgerVerificationResult Broken(long count, long sequence, string problem) =>
        new(false, count, sequence, problem);
}
