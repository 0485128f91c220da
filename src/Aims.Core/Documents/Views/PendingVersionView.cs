namespace Aims.Core.Documents.Views;

/// <summary>The version being worked on (a draft, in review or approved but not published) and its status.</summary>
public sealed record PendingVersionView(int Number, DocumentVersionStatus Status);
