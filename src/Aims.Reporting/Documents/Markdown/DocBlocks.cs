namespace Aims.Reporting.Documents.Markdown;

// The body of a document as the renderers see it: a small block tree that PDF and DOCX lay out the same way.
// Markdig's syntax tree is converted into it once (MarkdownReader), so both renderers agree on what the text says.

/// <summary>Inline styling of a run; combinable (bold italic code…).</summary>
[Flags]
internal enum TextStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
    Strike = 8,
    Link = 16,
}

/// <summary>A piece of text with one style. A run of exactly "\n" is a hard line break.</summary>
internal sealed record DocRun(string Text, TextStyle Style, string? LinkUrl = null)
{
    public const string LineBreak = "\n";

    public bool IsLineBreak => Text == LineBreak;
}

internal abstract record DocBlock;

internal sealed record DocHeading(int Level, IReadOnlyList<DocRun> Runs) : DocBlock;

internal sealed record DocParagraph(IReadOnlyList<DocRun> Runs) : DocBlock;

internal enum ListNumbering
{
    Bullet,
    Decimal,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
}

/// <summary>A bullet or numbered list; each item is a sequence of blocks (paragraphs, nested lists, code…).</summary>
internal sealed record DocList(ListNumbering Numbering, int Start, IReadOnlyList<IReadOnlyList<DocBlock>> Items) : DocBlock;

internal sealed record DocQuote(IReadOnlyList<DocBlock> Blocks) : DocBlock;

/// <summary>Preformatted lines, shown in a monospaced font with their spaces kept.</summary>
internal sealed record DocCode(IReadOnlyList<string> Lines) : DocBlock;

internal sealed record DocTableRow(bool IsHeader, IReadOnlyList<IReadOnlyList<DocRun>> Cells);

/// <summary>A table; <see cref="ColumnCount"/> is the widest row, shorter rows are padded with empty cells when drawn.</summary>
/// <param name="LabelColumn">Label/value pairs (a control block, a report's facts): the first column shaded and narrow.</param>
internal sealed record DocTable(int ColumnCount, IReadOnlyList<DocTableRow> Rows, bool LabelColumn = false) : DocBlock;

internal sealed record DocRule : DocBlock;
