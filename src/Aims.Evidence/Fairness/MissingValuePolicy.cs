namespace Aims.Evidence.Fairness;

/// <summary>What happens to a row whose sensitive attribute is missing (empty or a pandas NA string, or Parquet null).</summary>
public enum MissingValuePolicy
{
    /// <summary>Default: the row forms its own "(missing)" group, reported like any other.</summary>
    Group,

    /// <summary>Fairlearn's behaviour: excluded from every grouping that uses the attribute, kept in overall.</summary>
    Drop,

    /// <summary>The row is dropped from the computation entirely (counted as dropped).</summary>
    Exclude,
}
