namespace Aims.Core.Ledger;

/// <summary>
/// The last sequence numbers of an organization's chain and of the installation chain. Every change that can alter
/// who may do what in an organization appends to one of them in the same transaction, in commit order: its records,
/// memberships and API tokens to the organization's chain; accounts (password, two-factor, operator rights) to the
/// installation chain. So a value computed from those rows stays right for as long as both heads stay where they were.
/// </summary>
public readonly record struct LedgerHeads(long Organization, long Installation);
