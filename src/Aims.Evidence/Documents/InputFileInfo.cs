namespace Aims.Evidence.Documents;

/// <summary>One input file of a run.</summary>
/// <param name="Role">"input", "reference" or "current".</param>
/// <param name="Path">Path as given on the command line.</param>
/// <param name="Format">"csv" or "parquet".</param>
/// <param name="SizeBytes">File size.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="RowsRead">Data rows read from this file (header excluded).</param>
public sealed record InputFileInfo(string Role, string Path, string Format, long SizeBytes, string Sha256, long RowsRead);
