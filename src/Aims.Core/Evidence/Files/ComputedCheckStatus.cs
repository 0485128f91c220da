namespace Aims.Core.Evidence.Files;

/// <summary>The outcome of one threshold in a computed evidence document, as the engine judged it.</summary>
public enum ComputedCheckStatus
{
    Pass,
    Breach,

    /// <summary>Too few rows in the groups to judge (fewer than two groups of the minimum size).</summary>
    InsufficientData,

    /// <summary>The value is not a number (for example a ratio of two zero rates).</summary>
    Undefined,
}
