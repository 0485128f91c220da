namespace Aims.Core.Documents.Comparison;

/// <summary>Whether a piece of a line's text is in both versions, only the newer, or only the older.</summary>
public enum DiffSegmentKind
{
    /// <summary>In both versions.</summary>
    Unchanged,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,
}
