namespace Aims.Evidence.Drift;

/// <summary>The value type of a column as read from the file; drives type inference like a pandas dtype does.</summary>
#pragma warning disable CA1720 // The member names deliberately mirror dtype names in the shared I/O contract.
public enum SourceValueType
{
    /// <summary>Integer dtype; values arrive in <see cref="DriftColumnData.Numbers"/>.</summary>
    Integer,

    /// <summary>Floating-point dtype; values (including NaN and ±inf) arrive in <see cref="DriftColumnData.Numbers"/>.</summary>
    Float,

    /// <summary>Boolean dtype; values arrive in <see cref="DriftColumnData.Numbers"/> as 0 and 1.</summary>
    Boolean,

    /// <summary>Text; values arrive in <see cref="DriftColumnData.Texts"/>, null meaning missing.</summary>
    String,
}
#pragma warning restore CA1720
