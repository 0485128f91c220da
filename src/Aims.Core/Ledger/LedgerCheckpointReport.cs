namespace Aims.Core.Ledger;

/// <summary>Outcome of <see cref="LedgerCheckpointVerifier"/>: counts for the summary line, and the problems.</summary>
public sealed class LedgerCheckpointReport
{
    public int Checked { get; internal set; }
    public int SignaturesChecked { get; internal set; }
    public List<LedgerProblem> Problems { get; } = [];
}
