namespace Aims.Evidence.Drift;

/// <summary>
/// One column of one dataset (reference or current), already read into memory by the I/O layer.
/// Exactly one of <see cref="Numbers"/> (Integer, Float, Boolean) or <see cref="Texts"/> (String) is set.
/// </summary>
public sealed class DriftColumnData
{
    /// <summary>Column name; reference and current columns are matched by ordinal name.</summary>
    public required string Name { get; init; }

    /// <summary>The dtype as read from the file.</summary>
    public required SourceValueType ValueType { get; init; }

    /// <summary>
    /// Values for Integer, Float and Boolean (0/1) columns, including NaN and ±inf: the analyzer drops them as
    /// Evidently does and reports how many it dropped. A missing integer should be passed as NaN.
    /// </summary>
#pragma warning disable CA1819 // A raw array is the point: the column is handed over without copying.
    public double[]? Numbers { get; init; }

    /// <summary>Values for String columns; null means missing and is dropped (and counted) like NaN.</summary>
    public string?[]? Texts { get; init; }
#pragma warning restore CA1819
}
