namespace Aims.Core.Documents.Input;

/// <summary>Why a version is returned to draft or retired (required, at most 1 000 characters).</summary>
public sealed record ReasonInput
{
    public string? Reason { get; init; }
}
