namespace Aims.Core.Documents.Input;

/// <summary>The content of a draft: its Markdown body (required, at most 1 MiB) and what changed (optional).</summary>
public sealed record DocumentVersionInput
{
    public string? Body { get; init; }
    public string? ChangeSummary { get; init; }
}
