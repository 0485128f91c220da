namespace Aims.Core.Ledger;

/// <summary>
/// Marks operational rows that are deliberately kept out of the ledger (for example high-churn session or rate-limit
/// state that proves nothing to an auditor). The ledger recorder skips them and reconciliation does not compare them,
/// so a type may carry this marker only when its rows are not records of the management system.
/// </summary>
public interface INotLedgered;
