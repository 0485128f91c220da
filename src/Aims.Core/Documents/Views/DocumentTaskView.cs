namespace Aims.Core.Documents.Views;

/// <summary>
/// One thing a person has to do about a document: approve version <see cref="VersionNumber"/> (since
/// <see cref="Since"/>, its submission), acknowledge the version in force (since its publication), or review it (due on
/// <see cref="DueOn"/>, with <see cref="ReviewStatus"/> dueSoon or overdue).
/// </summary>
public sealed record DocumentTaskView(Guid DocumentId, string Title, DocumentType Type, int VersionNumber, DateTimeOffset? Since,
    DateOnly? DueOn, ReviewDueState? ReviewStatus);
