namespace Aims.Core.Bootstrap;

/// <summary>
/// What first-run initialization did; the host prints it (the generated password exactly once, and the fingerprint of
/// the ledger signing key on every start so an auditor can note it).
/// </summary>
public sealed record InitializationResult(string? CreatedAdminEmail, string? GeneratedAdminPassword, bool SeededDemo,
    string? LedgerKeyId = null);
