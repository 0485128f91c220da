namespace Aims.Core.Documents.Comparison;

/// <summary>A run of text within one line of a comparison, with spaces and punctuation exactly as written.</summary>
/// <param name="Kind">Whether the text is in both versions, only the newer or only the older.</param>
/// <param name="Text">The text; never empty.</param>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
