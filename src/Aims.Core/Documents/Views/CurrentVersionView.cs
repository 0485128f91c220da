namespace Aims.Core.Documents.Views;

/// <summary>The version in force: its number, the SHA-256 of its body and when it was published (a fixed contract).</summary>
public sealed record CurrentVersionView(int Number, string Sha256, DateTimeOffset PublishedAt);
