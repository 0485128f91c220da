using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Aims.Core.Documents.Comparison;

/// <summary>The word-level changes inside one edited line, as segments that spell both the old and the new line.</summary>
internal static class WordDiff
{
    public static List<DiffSegment> Segments(string oldLine, string newLine)
    {
        // WordChunker keeps spaces and punctuation as pieces of their own, so the pieces concatenate back to the
        // exact line and a changed comma shows as a changed comma, not as a changed word.
        var result = Differ.Instance.CreateDiffs(oldLine, newLine, false, false, WordChunker.Instance);
        var segments = new Builder();
        var nextOld = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; nextOld < block.DeleteStartA; nextOld++)
            {
                segments.Add(DiffSegmentKind.Unchanged, result.PiecesOld[nextOld]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                segments.Add(DiffSegmentKind.Removed, result.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                segments.Add(DiffSegmentKind.Added, result.PiecesNew[block.InsertStartB + i]);
            }

            nextOld = block.DeleteStartA + block.DeleteCountA;
        }

        for (; nextOld < result.PiecesOld.Count; nextOld++)
        {
            segments.Add(DiffSegmentKind.Unchanged, result.PiecesOld[nextOld]);
        }

        return segments.Build();
    }

    /// <summary>Joins neighbouring pieces of the same kind so a rewritten phrase is one segment, not one per word.</summary>
    private sealed class Builder
    {
        private readonly List<DiffSegment> segments = [];
        private readonly StringBuilder pending = new();
        private DiffSegmentKind pendingKind;

        public void Add(DiffSegmentKind kind, string piece)
        {
            if (pending.Length > 0 && kind != pendingKind)
            {
                Flush();
            }

            pendingKind = kind;
            pending.Append(piece);
        }

        public List<DiffSegment> Build()
        {
            Flush();
            return segments;
        }

        private void Flush()
        {
            if (pending.Length > 0)
            {
                segments.Add(new DiffSegment(pendingKind, pending.ToString()));
                pending.Clear();
            }
        }
    }
}
