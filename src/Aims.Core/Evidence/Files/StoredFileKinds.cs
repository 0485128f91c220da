namespace Aims.Core.Evidence.Files;

/// <summary>What each <see cref="StoredFileKind"/> is served as, and how it is named to people.</summary>
public static class StoredFileKinds
{
    /// <summary>Every accepted kind, in the order they are listed to people.</summary>
    public static IReadOnlyList<StoredFileKind> All { get; } = Enum.GetValues<StoredFileKind>();

    /// <summary>"PDF, PNG, JPEG, …": the allow-list as a refusal message names it.</summary>
    public static string AllowedDescription { get; } = string.Join(", ", All.Select(DisplayName));

    /// <summary>The Content-Type to send on download (text kinds name their charset: they were checked to be UTF-8).</summary>
    public static string ContentType(StoredFileKind kind) => kind switch
    {
        StoredFileKind.Pdf => "application/pdf",
        StoredFileKind.Png => "image/png",
        StoredFileKind.Jpeg => "image/jpeg",
        StoredFileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        StoredFileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        StoredFileKind.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        StoredFileKind.Csv => "text/csv; charset=utf-8",
        StoredFileKind.PlainText => "text/plain; charset=utf-8",
        StoredFileKind.Markdown => "text/markdown; charset=utf-8",
        StoredFileKind.Json => "application/json",
        StoredFileKind.Parquet => "application/vnd.apache.parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>The usual file extension (with the dot), for a download name when the uploaded one is unusable.</summary>
    public static string Extension(StoredFileKind kind) => kind switch
    {
        StoredFileKind.Pdf => ".pdf",
        StoredFileKind.Png => ".png",
        StoredFileKind.Jpeg => ".jpg",
        StoredFileKind.Docx => ".docx",
        StoredFileKind.Xlsx => ".xlsx",
        StoredFileKind.Pptx => ".pptx",
        StoredFileKind.Csv => ".csv",
        StoredFileKind.PlainText => ".txt",
        StoredFileKind.Markdown => ".md",
        StoredFileKind.Json => ".json",
        StoredFileKind.Parquet => ".parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>The kind as people call it.</summary>
    public static string DisplayName(StoredFileKind kind) => kind switch
    {
        StoredFileKind.Pdf => "PDF",
        StoredFileKind.Png => "PNG",
        StoredFileKind.Jpeg => "JPEG",
        StoredFileKind.Docx => "Word document (.docx)",
        StoredFileKind.Xlsx => "Excel workbook (.xlsx)",
        StoredFileKind.Pptx => "PowerPoint presentation (.pptx)",
        StoredFileKind.Csv => "CSV",
        StoredFileKind.PlainText => "plain text",
        StoredFileKind.Markdown => "Markdown",
        StoredFileKind.Json => "JSON",
        StoredFileKind.Parquet => "Parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };
}
