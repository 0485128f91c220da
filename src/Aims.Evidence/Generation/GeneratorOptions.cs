namespace Aims.Evidence.Generation;

/// <summary>Shape of a synthetic prediction log.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Rows to write.</summary>
    public long Rows { get; init; } = 10_000;

    /// <summary>"csv" or "parquet".</summary>
    public string Format { get; init; } = "csv";

    /// <summary>
    /// Bias: subtracted from the model's logit for sex = "F" (and half of it for age_band = "60+"), so the selection-rate
    /// gap grows with it. 0 gives a model that treats the groups alike.
    /// </summary>
    public double Bias { get; init; }

    /// <summary>Drift: mean shift of every feature in standard deviations, plus an age mix shifted towards older bands.</summary>
    public double Drift { get; init; }

    /// <summary>Seed; the same options and seed give the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Numeric feature columns f1..fN.</summary>
    public int Features { get; init; } = 5;

    /// <summary>Share of rows with a missing sex value.</summary>
    public double MissingRate { get; init; }

    /// <summary>
    /// Rows per Parquet row group: 262,144, as Polars writes by default (DuckDB writes 122,880, pyarrow up to 1,048,576).
    /// Readers hold one row group at a time, and several groups can be read on several cores.
    /// </summary>
    public int RowGroupSize { get; init; } = 1 << 18;
}
