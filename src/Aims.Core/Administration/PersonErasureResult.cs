namespace Aims.Core.Administration;

/// <summary>
/// Outcome of an erasure. <see cref="HadPersonKey"/> is false for a person whose ledger entries predate personal-field
/// encryption: those entries still hold the old values in clear, and removing them would break the chain.
/// </summary>
public sealed record PersonErasureResult(Guid UserId, Guid ErasureId, bool HadPersonKey);
