namespace Aims.Reporting.Tables;

/// <summary>What a table cell holds; decides how CSV spells it and which Excel cell type it becomes.</summary>
public enum CellKind
{
    /// <summary>No value: an empty CSV field, no xlsx cell.</summary>
    Null = 0,
    Text,
    Number,

    /// <summary>A point in time, written in UTC (ISO 8601 with <c>Z</c> in CSV, an Excel date-time labelled UTC in xlsx).</summary>
    Instant,

    /// <summary>A calendar date without a time of day.</summary>
    Date,
    Boolean,
}
