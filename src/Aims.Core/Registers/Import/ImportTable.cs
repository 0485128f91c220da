namespace Aims.Core.Registers.Import;

/// <summary>A table to import: its header and its rows, each with the line people see it on in their file.</summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows);

public sealed record ImportRow(int Line, IReadOnlyList<string> Cells);

/// <summary>One problem of an import: the file's line (1 is the header), the field (or the column as written) and why.</summary>
public sealed record ImportError(int Line, string Field, string Reason);

/// <summary>
/// What an import found: the rows read, every problem, the columns understood (field keys, in file order) and the first
/// rows as they would be stored; <see cref="Committed"/> says whether the records were created (only when nothing was wrong).
/// </summary>
public sealed record ImportResult(string Register, int Rows, bool Committed, int Imported, IReadOnlyList<ImportError> Errors,
    IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Preview);

/// <summary>A commit refused because the file has problems; nothing was stored.</summary>
public sealed class ImportRefusedException(ImportResult result)
    : Exception($"The file has {result.Errors.Count} problem(s) in {result.Errors.Select(e => e.Line).Distinct().Count()} line(s); nothing was imported.")
{
    public ImportResult Result { get; } = result;
}
