namespace Aims.Core.Registers;

/// <summary>
/// Child rows whose changes belong to a record's history (a document's versions, links, approvals…): their ledger
/// entity type (the CLR type name) and the ids of the rows that exist now. Rows that can be deleted (links) name the
/// column holding the parent's id in <paramref name="ParentKey"/>: a deleted row is no longer in its table, but its
/// Deleted entry carries every column, so it is found by the parent's id in the entry.
/// </summary>
public sealed record HistoryInclude(string EntityType, IQueryable<Guid> Ids, string? ParentKey = null);
