namespace Aims.Core.Ledger;

/// <summary>One thing verification found wrong, tied to the chain it concerns.</summary>
public sealed record LedgerProblem(string Chain, string Message)
{
    public override string ToString() => $"chain {Chain}: {Message}";
}
