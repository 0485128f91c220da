namespace Aims.Core.Documents.Views;

/// <summary>
/// Who has and who has not acknowledged the version in force, computed from today's members: everyone named or holding
/// a named role is asked (<see cref="Required"/>); <see cref="Pending"/> are those of them who have not acknowledged this
/// version yet. Acknowledging an earlier version does not count. All empty when no version is in force.
/// </summary>
public sealed record DocumentAcknowledgementsView(int? VersionNumber, string? Sha256, int Required, int AcknowledgedByRequired,
    IReadOnlyList<AcknowledgementView> Acknowledged, IReadOnlyList<PersonRef> Pending);
