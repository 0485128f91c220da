namespace Aims.Core.Documents.Views;

/// <summary>A recorded review of a version in force and the next review date it set.</summary>
public sealed record ReviewView(PersonRef Reviewer, int VersionNumber, DateTimeOffset ReviewedAt, string? Note, DateOnly NextReviewOn);
