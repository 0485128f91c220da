namespace Aims.Core.Evidence.Files;

/// <summary>
/// The kinds of file the evidence library accepts, decided from the bytes (<see cref="FileContentSniffer"/>), never from
/// the name a browser sent. Anything else is refused, so an uploaded page can never be served back as something a
/// browser would run.
/// </summary>
public enum StoredFileKind
{
    Pdf,
    Png,
    Jpeg,

    /// <summary>Word document (Office Open XML, .docx).</summary>
    Docx,

    /// <summary>Excel workbook (Office Open XML, .xlsx).</summary>
    Xlsx,

    /// <summary>PowerPoint presentation (Office Open XML, .pptx).</summary>
    Pptx,

    /// <summary>UTF-8 text whose declared name ends in .csv.</summary>
    Csv,

    /// <summary>UTF-8 text that is not JSON and is not declared as CSV or Markdown.</summary>
    PlainText,

    /// <summary>UTF-8 text whose declared name ends in .md or .markdown.</summary>
    Markdown,

    /// <summary>UTF-8 text holding one well-formed JSON object or array.</summary>
    Json,

    Parquet,
}
