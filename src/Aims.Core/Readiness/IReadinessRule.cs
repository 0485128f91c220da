namespace Aims.Core.Readiness;

/// <summary>
/// One check of readiness for certification, belonging to a clause ("5.2") or an Annex A control ("A.2.2"). It looks
/// at the organization's records as they are at <see cref="ReadinessScope.At"/> and never at a status someone typed:
/// "met" must follow from records an auditor could sample. Later features add rules over their own records
/// (risks, the SoA, audits…) by registering more implementations.
/// </summary>
public interface IReadinessRule
{
    /// <summary>The clause or control id, exactly as in the catalog.</summary>
    string Target { get; }

    /// <summary>What the rule checks, in a few words (shown with its reasons).</summary>
    string Title { get; }

    Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct);
}
