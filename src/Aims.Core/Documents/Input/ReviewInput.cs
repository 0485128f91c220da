namespace Aims.Core.Documents.Input;

/// <summary>"Reviewed, no change needed": an optional note on what was checked.</summary>
public sealed record ReviewInput
{
    public string? Note { get; init; }
}
