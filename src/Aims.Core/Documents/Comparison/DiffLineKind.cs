namespace Aims.Core.Documents.Comparison;

/// <summary>How one line of a comparison relates the older version to the newer.</summary>
public enum DiffLineKind
{
    /// <summary>The line is the same in both versions.</summary>
    Unchanged,

    /// <summary>The line exists only in the newer version.</summary>
    Added,

    /// <summary>The line exists only in the older version.</summary>
    Removed,

    /// <summary>The line was edited; its segments show the words that changed.</summary>
    Modified,
}
