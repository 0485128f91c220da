namespace Aims.Core.Documents;

/// <summary>
/// "Reviewed, no change needed" on the version in force: who, when, an optional note, and the next review date it
/// set. A review that needs changes is a new version instead.
/// </summary>
public sealed class DocumentReview : DocumentPart
{
    public int VersionNumber { get; set; }
    public Guid ReviewerId { get; set; }
    public DateTimeOffset ReviewedAt { get; set; }
    public string? Note { get; set; }
    public DateOnly NextReviewOn { get; set; }
}
