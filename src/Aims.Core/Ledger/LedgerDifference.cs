namespace Aims.Core.Ledger;

/// <summary>One disagreement between the ledger and a live table, named by entity type, id and (for fields) field.</summary>
public sealed record LedgerDifference(LedgerDifferenceKind Kind, string Entity, string Id, string? Field, string Detail)
{
    public override string ToString() => Kind switch
    {
        LedgerDifferenceKind.MissingRow => $"{Entity} {Id}: row missing from the table ({Detail})",
        LedgerDifferenceKind.ExtraRow => $"{Entity} {Id}: row not in the ledger ({Detail})",
        LedgerDifferenceKind.DifferentField => $"{Entity} {Id} field {Field}: {Detail}",
        _ => $"{Entity} {Id}{(Field is null ? "" : " field " + Field)}: {Detail}",
    };
}
