namespace Aims.Core.Documents;

/// <summary>What a <see cref="DocumentReference"/> points at in the ISO/IEC 42001 catalog.</summary>
public enum DocumentReferenceKind
{
    /// <summary>A requirement clause, e.g. "5.2".</summary>
    Clause,

    /// <summary>An Annex A control, e.g. "A.2.2".</summary>
    Control,
}
