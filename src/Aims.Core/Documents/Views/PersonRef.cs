namespace Aims.Core.Documents.Views;

/// <summary>A person as views show them: the user id and the display name at the time of reading.</summary>
public sealed record PersonRef(Guid UserId, string DisplayName);
