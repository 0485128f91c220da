namespace Aims.Core.Ledger;

/// <summary>The newest entry of an organization's ledger, and how many entries it has; nulls when it has none.</summary>
public sealed record LedgerHead(long Entries, long? Sequence, string? Hash, DateTimeOffset? Timestamp);
