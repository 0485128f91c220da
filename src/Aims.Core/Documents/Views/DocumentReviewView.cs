namespace Aims.Core.Documents.Views;

/// <summary>The review schedule of the version in force, computed when read: the dates, the state and why.</summary>
public sealed record DocumentReviewView(DateOnly? NextReviewOn, DateTimeOffset? LastReviewedAt, ReviewDueState Status, string Reason);
