namespace Aims.Core.Evidence.Files;

/// <summary>What an <c>aims evidence</c> document measured.</summary>
public enum ComputedEvidenceKind
{
    /// <summary><c>aims evidence fairness</c>: group metrics and disparities of a prediction log.</summary>
    Fairness,

    /// <summary><c>aims evidence drift</c>: a current dataset compared column by column with a reference one.</summary>
    Drift,
}
