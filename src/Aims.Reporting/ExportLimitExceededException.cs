namespace Aims.Reporting;

/// <summary>
/// The data does not fit the chosen file format (an xlsx cell holds at most 32 767 characters, a sheet at most
/// 1 048 576 rows). Thrown before any byte reaches the caller's stream, so an endpoint can still answer with a problem
/// response. Nothing is cut to fit: the message names the place and suggests a format that holds the data.
/// </summary>
public sealed class ExportLimitExceededException : InvalidOperationException
{
    public ExportLimitExceededException()
    {
    }

    public ExportLimitExceededException(string message)
        : base(message)
    {
    }

    public ExportLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExportLimitExceededException(string message, long? rowNumber, string? columnKey)
        : base(message)
    {
        RowNumber = rowNumber;
        ColumnKey = columnKey;
    }

    /// <summary>The 1-based data row (the header not counted) that did not fit, when one row is to blame.</summary>
    public long? RowNumber { get; }

    /// <summary>The key of the column that did not fit, when one column is to blame.</summary>
    public string? ColumnKey { get; }
}
