namespace Aims.Cli.Commands;

/// <summary>What <c>aims ledger verify</c> was asked to do.</summary>
internal sealed record VerifyRequest(string? Organization, string? File, string? PublicKey, string? KeyId,
    IReadOnlyList<string> Witnesses, TimeSpan Grace, string? DigestKey, bool ChainsOnly);
