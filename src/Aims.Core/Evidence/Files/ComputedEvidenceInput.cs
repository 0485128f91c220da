namespace Aims.Core.Evidence.Files;

/// <summary>One data file a computed evidence document was computed from, as the document records it.</summary>
/// <param name="Role">"input" (fairness), "reference" or "current" (drift).</param>
/// <param name="Path">The path as it was given on the command line (the computing machine's, not ours).</param>
/// <param name="Format">"csv" or "parquet".</param>
/// <param name="SizeBytes">The file's size.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes: compare it with an uploaded log to tie the two.</param>
/// <param name="RowsRead">Data rows read from it.</param>
public sealed record ComputedEvidenceInput(string Role, string Path, string Format, long SizeBytes, string Sha256, long RowsRead);
