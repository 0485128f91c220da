namespace Aims.Evidence.Input;

/// <summary>Builds the user-facing errors shared by the CSV and Parquet readers.</summary>
internal static class ColumnErrors
{
    public static EvidenceInputException Missing(string role, string column, IEnumerable<string> found, string path) =>
        new($"Column '{column}' ({role}) not found in '{path}'. Columns found: {string.Join(", ", found.Select(c => $"'{c}'"))}.");

    public static void CheckPositive(BinaryColumn column, string positive, List<string> warnings)
    {
        if (column.SawPositive)
        {
            return;
        }

        if (column.Distinct.Count == 2)
        {
            throw new EvidenceInputException(
                $"Column '{column.Column}' has values {string.Join(", ", column.Distinct.Select(v => $"'{v}'"))} but the favourable value is '{positive}'. Set --positive to one of them.");
        }

        warnings.Add($"Column '{column.Column}' never takes the favourable value '{positive}'.");
    }
}
