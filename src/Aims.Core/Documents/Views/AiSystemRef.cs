namespace Aims.Core.Documents.Views;

/// <summary>A linked AI system with its current name.</summary>
public sealed record AiSystemRef(Guid Id, string Name);
