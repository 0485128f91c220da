using System.Globalization;

namespace Aims.Core.Ledger;

/// <summary>
/// Checks each chain's checkpoints against the walked chain: numbered 1, 2, 3… and each naming its predecessor's hash
/// (so none was removed, replaced or renumbered), each matching the entry it names, the newest one signed by the
/// expected key (one ECDSA check vouches for the whole checkpoint chain), and no entry older than the grace period left
/// after the newest checkpoint (an unsigned tail is exactly where a rewrite or a forged append would hide).
/// </summary>
public static class LedgerCheckpointVerifier
{
    public static LedgerCheckpointReport Verify(LedgerWalk walk, IEnumerable<LedgerCheckpoint> checkpoints,
        LedgerSigningKey? key, TimeSpan grace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(walk);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var report = new LedgerCheckpointReport();
        var byChain = checkpoints.GroupBy(c => c.Chain, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Number).ThenBy(c => c.Id).ToList(), StringComparer.Ordinal);
        foreach (var chain in walk.Chains.Keys.Union(byChain.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var state = walk.StateOf(chain);
            var list = byChain.GetValueOrDefault(chain) ?? [];
            report.Checked += list.Count;
            var problem = VerifyChain(state, list, key, grace, now, report);
            if (problem is not null)
            {
                report.Problems.Add(new LedgerProblem(chain, problem));
            }
        }

        return report;
    }

    private static string? VerifyChain(LedgerChainState state, List<LedgerCheckpoint> list, LedgerSigningKey? key,
        TimeSpan grace, DateTimeOffset now, LedgerCheckpointReport report)
    {
        if (list.Count == 0)
        {
            return state.Entries == 0 || Young(state, 1, grace, now)
                ? null
                : Text($"no signed checkpoint exists for its {state.Entries} entries (checkpoints were deleted)");
        }

        if (key is null)
        {
            return "it has signed checkpoints but no public key was given to check them (pass --public-key)";
        }

        string? previousHash = null;
        for (var i = 0; i < list.Count; i++)
        {
            var checkpoint = list[i];
            if (checkpoint.Number != i + 1)
            {
                return Text($"checkpoint #{i + 1} is missing (found #{checkpoint.Number} in its place): checkpoints were removed or renumbered");
            }

            if (!checkpoint.IsLegacyFormat && !string.Equals(checkpoint.PreviousHash, previousHash ?? LedgerHasher.GenesisHash, StringComparison.Ordinal))
            {
                return Text($"checkpoint #{checkpoint.Number} does not name the hash of checkpoint #{checkpoint.Number - 1}: checkpoints were removed, replaced or renumbered");
            }

            // Checkpoints from before they were chained are each vouched for by their own signature.
            if (checkpoint.IsLegacyFormat || i == list.Count - 1)
            {
                if (SignatureProblem(checkpoint, key, report) is { } bad)
                {
                    return bad;
                }
            }

            if (checkpoint.Sequence > state.LastSequence)
            {
                return state.Broken
                    ? null // the walk already named where the chain breaks
                    : Text($"the chain ends at entry #{state.LastSequence} but signed checkpoint #{checkpoint.Number} covers entry #{checkpoint.Sequence}: entries were deleted");
            }

            if (!string.Equals(state.HashAt(checkpoint.Sequence), checkpoint.Hash, StringComparison.Ordinal))
            {
                return Text($"entry #{checkpoint.Sequence} no longer has the hash its signed checkpoint #{checkpoint.Number} recorded (the chain was rewritten)");
            }

            previousHash = checkpoint.ComputeHash();
        }

        var newest = list[^1];
        if (!state.Broken && state.LastSequence > newest.Sequence && !Young(state, newest.Sequence + 1, grace, now))
        {
            return Text($"{state.LastSequence - newest.Sequence} entries after entry #{newest.Sequence} are not covered by any signed checkpoint (appended or rewritten after the newest checkpoint #{newest.Number})");
        }

        return null;
    }

    private static string? SignatureProblem(LedgerCheckpoint checkpoint, LedgerSigningKey key, LedgerCheckpointReport report)
    {
        report.SignaturesChecked++;
        if (!string.Equals(checkpoint.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            return Text($"checkpoint #{checkpoint.Number} was signed by key {Abbreviate(checkpoint.KeyId)}, not by the expected key {Abbreviate(key.KeyId)} (the signing key was replaced)");
        }

        return key.Verify(checkpoint.SignedText(), checkpoint.Signature)
            ? null
            : Text($"checkpoint #{checkpoint.Number} has no valid signature of key {Abbreviate(key.KeyId)} (forged signature)");
    }

    // Entries written in the last moments may not be signed yet: the signer runs just after each commit.
    // An entry dated after "now" (beyond a little clock skew between nodes) is never young: otherwise a forger could
    // date an appended entry in the future and keep it inside the grace period for ever.
    private static bool Young(LedgerChainState state, long sequence, TimeSpan grace, DateTimeOffset now) =>
        grace > TimeSpan.Zero && state.TimestampAt(sequence) is { } at && now - at <= grace && at - now <= ClockSkew;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    /// <summary>The first 16 hex digits of a fingerprint or hash, enough to tell them apart in a message.</summary>
    public static string Abbreviate(string keyId) => keyId is null ? "" : keyId.Length > 16 ? keyId[..16] + "…" : keyId;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
