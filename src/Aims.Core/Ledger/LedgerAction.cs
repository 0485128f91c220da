namespace Aims.Core.Ledger;

/// <summary>What happened to the record.</summary>
public enum LedgerAction
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
