namespace Aims.Evidence.Drift;

/// <summary>How a column is tested, after Evidently-style type inference (see <see cref="DriftAnalyzer"/>).</summary>
public enum DriftColumnKind
{
    /// <summary>Continuous values: float dtype, or integer dtype with more than 5 distinct values.</summary>
    Numerical,

    /// <summary>Discrete values: strings, booleans, or integer dtype with at most 5 distinct values.</summary>
    Categorical,
}
