namespace Aims.Reporting.Documents.Reports;

/// <summary>
/// A report assembled from records rather than written as Markdown — an AI system dossier, later the SoA or a risk
/// treatment plan: a title, a control block and a body of headings, paragraphs, label/value facts and tables. Every
/// text is printed exactly as given (no markup is read from it), so a name with "|", "#" or "*" stays what it is.
/// </summary>
/// <param name="VersionLabel">Shown with the title in every page footer, e.g. "Generated 2026-12-03 10:15 UTC".</param>
public sealed record ReportToRender(string Title, string VersionLabel, IReadOnlyList<ControlBlockEntry> ControlBlock, IReadOnlyList<ReportBlock> Body);

/// <summary>One block of a report's body.</summary>
public abstract record ReportBlock;

/// <summary>A section heading; level 1 is a chapter, 2 a record within it.</summary>
public sealed record ReportHeading(string Text, int Level = 1) : ReportBlock;

/// <summary>A paragraph; "\n" starts a new line within it.</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>Label/value pairs drawn like the control block: the label column shaded and narrow.</summary>
public sealed record ReportFacts(IReadOnlyList<ControlBlockEntry> Entries) : ReportBlock;

/// <summary>A table with a header row repeated on every page it spans; a missing cell is drawn empty.</summary>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows) : ReportBlock;
