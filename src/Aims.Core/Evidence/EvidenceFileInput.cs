namespace Aims.Core.Evidence;

/// <summary>
/// The dates a superseding file is stated with (<c>POST …/evidence/{id}/files</c>): each file says from when it
/// speaks (default today) and until when it counts (default: no expiry), because a renewed report renews its validity.
/// </summary>
public sealed record EvidenceFileInput
{
    public DateOnly? EffectiveDate { get; init; }
    public DateOnly? ValidUntil { get; init; }
}
