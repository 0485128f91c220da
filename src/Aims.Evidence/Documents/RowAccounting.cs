namespace Aims.Evidence.Documents;

/// <summary>What happened to the rows: <c>read = used + dropped</c>, with the reasons summing to <c>dropped</c>.</summary>
/// <param name="Read">Data rows read over all inputs.</param>
/// <param name="Used">Rows that entered the computation.</param>
/// <param name="Dropped">Rows left out.</param>
/// <param name="DroppedReasons">Reason → count, e.g. "malformedRow", "missingLabel", "nonFiniteWeight".</param>
public sealed record RowAccounting(long Read, long Used, long Dropped, IReadOnlyDictionary<string, long> DroppedReasons);
