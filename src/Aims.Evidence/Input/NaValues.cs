namespace Aims.Evidence.Input;

/// <summary>
/// Strings read as missing, mirroring pandas.read_csv's default <c>na_values</c>: a log exported from pandas and read
/// back by Fairlearn users would see exactly these as NaN.
/// </summary>
internal static class NaValues
{
    private static readonly string[] Values =
    [
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA",
        "NULL", "NaN", "None", "n/a", "nan", "null",
    ];

    public static bool IsMissing(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }

        if (value.Length > 8)
        {
            return false;
        }

        foreach (var na in Values)
        {
            if (value.SequenceEqual(na))
            {
                return true;
            }
        }

        return false;
    }
}
