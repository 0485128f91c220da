namespace Aims.Core.Evidence;

/// <summary>
/// What an evidence item can be linked to (and, for <see cref="RecordReference"/> kinds, what it can refer to). One
/// link table serves them all, so later registers (risks, audit findings, incidents) add a value, not a table.
/// </summary>
public enum EvidenceTargetType
{
    /// <summary>A clause of ISO/IEC 42001 (4–10), by its number ("8.2").</summary>
    Clause,

    /// <summary>An Annex A control, by its number ("A.6.2.4").</summary>
    Control,

    /// <summary>An AI system of the organization, by id.</summary>
    AiSystem,

    /// <summary>A controlled document of the organization, by id.</summary>
    Document,
}
