using Aims.Core.Ledger;

namespace Aims.Web.Tests;

/// <summary>
/// The hash rules, pinned to digests computed independently (Python's hashlib over the documented text), so a faster
/// hasher can never silently change what existing chains were hashed with: the legacy rule (v1) must stay the one the
/// shared chain was written with before per-organization chains, the v2 rule adds "v2" and the chain's name.
/// </summary>
public sealed class LedgerHashRuleTests
{
    private static LedgerEntry Sample(string chain) => new()
    {
        Chain = chain,
        Sequence = 7,
        Timestamp = new DateTimeOffset(2026, 12, 1, 9, 0, 0, 123, TimeSpan.Zero),
        OrganizationId = Guid.Parse("0192f3a4-1b2c-7d3e-8f40-5a6b7c8d9e0f"),
        Actor = "admin@test.local",
        EntityType = "AiSystem",
        EntityId = "x-1",
        Action = LedgerAction.Updated,
        Payload = "{\"Name\":{\"from\":\"Grüße\",\"to\":\"€ 😀\"}}",
        PreviousHash = string.Concat(Enumerable.Repeat("ab", 32)),
    };

    [Fact]
    public void The_legacy_chain_keeps_the_rule_it_was_written_with()
    {
        var entry = Sample(LedgerChains.Legacy);
        Assert.Equal("599562eb2c2b4155b4e819a5c8e724c6cd96efe903748ae2f999ab2b882b2e8d", LedgerHasher.Compute(entry));
        entry.Hash = LedgerHasher.Compute(entry);
        Assert.True(LedgerHasher.HasValidHash(entry));
    }

    [Fact]
    public void Chain_entries_hash_their_chain_name_so_they_cannot_move_to_another_chain()
    {
        var entry = Sample("org:0192f3a4-1b2c-7d3e-8f40-5a6b7c8d9e0f");
        Assert.Equal("087148711d3d424ab7aede4b2509cf7bd95aa5fd41896608d7e4b7edfa983757", LedgerHasher.Compute(entry));
        entry.Hash = LedgerHasher.Compute(entry);
        entry.Chain = LedgerChains.Installation;
        Assert.False(LedgerHasher.HasValidHash(entry));
    }
}
