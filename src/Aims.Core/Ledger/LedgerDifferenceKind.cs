namespace Aims.Core.Ledger;

/// <summary>How a live table disagrees with the state the ledger implies.</summary>
public enum LedgerDifferenceKind
{
    /// <summary>The ledger says the row exists; the table has no such row (deleted behind the ledger's back).</summary>
    MissingRow = 0,

    /// <summary>The table has a row the ledger never recorded (inserted behind the ledger's back).</summary>
    ExtraRow = 1,

    /// <summary>A column's live value is not the value the ledger last recorded.</summary>
    DifferentField = 2,

    /// <summary>The ledger itself is inconsistent (an update of a record it never created, a type with no table).</summary>
    LedgerAnomaly = 3,
}
