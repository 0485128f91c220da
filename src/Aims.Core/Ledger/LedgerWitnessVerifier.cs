using System.Globalization;

namespace Aims.Core.Ledger;

/// <summary>
/// Compares statements saved outside the database with the walked chains. Someone holding the database and the key
/// can rewrite a chain and sign it anew, but cannot make it contain a head a witness saw unless they leave that part of
/// history as it was.
/// </summary>
public static class LedgerWitnessVerifier
{
    public static List<LedgerProblem> Verify(LedgerWalk walk, IReadOnlyCollection<LedgerCheckpoint> checkpoints,
        IEnumerable<LedgerStatement> witnessed, LedgerSigningKey? key)
    {
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(witnessed);
        var problems = new List<LedgerProblem>();
        var stored = checkpoints.GroupBy(c => (c.Chain, c.Number)).ToDictionary(g => g.Key, g => g.First());
        foreach (var statement in witnessed)
        {
            var seen = statement.ToCheckpoint();
            if (key is not null && (!string.Equals(seen.KeyId, key.KeyId, StringComparison.Ordinal) || !key.Verify(seen.SignedText(), seen.Signature)))
            {
                problems.Add(new LedgerProblem(seen.Chain, Text($"witnessed checkpoint #{seen.Number} is not signed by the expected key (the witness file is not genuine)")));
                continue;
            }

            var state = walk.StateOf(seen.Chain);
            if (seen.Sequence > state.LastSequence)
            {
                problems.Add(new LedgerProblem(seen.Chain, Text($"a witness saw entry #{seen.Sequence} (hash {LedgerCheckpointVerifier.Abbreviate(seen.Hash)}) but the chain ends at #{state.LastSequence}: the witnessed head is gone (entries were deleted)")));
                continue;
            }

            if (!string.Equals(state.HashAt(seen.Sequence), seen.Hash, StringComparison.Ordinal))
            {
                problems.Add(new LedgerProblem(seen.Chain, Text($"the chain no longer contains the witnessed head: entry #{seen.Sequence} had hash {LedgerCheckpointVerifier.Abbreviate(seen.Hash)} when the witness was taken (history was rewritten and re-signed)")));
                continue;
            }

            if (!stored.TryGetValue((seen.Chain, seen.Number), out var same) ||
                !string.Equals(same.ComputeHash(), seen.ComputeHash(), StringComparison.Ordinal))
            {
                problems.Add(new LedgerProblem(seen.Chain, Text($"checkpoint #{seen.Number} is not the one the witness saw (checkpoints were removed, renumbered or re-signed)")));
            }
        }

        return problems;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
