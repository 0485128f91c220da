using Aims.Core.Evidence.Files;
using Aims.Core.Text;

namespace Aims.Core.Evidence;

/// <summary>
/// The name an uploaded file is kept and offered under. Only its last path segment is kept (some browsers send the
/// whole local path). A download name always ends in an extension of the file's real kind, so a text file uploaded as
/// <c>report.pdf</c> downloads as <c>report.pdf.txt</c> and never opens as something it is not.
/// </summary>
public static class EvidenceFileNames
{
    /// <summary>The name to keep (null when none was sent), or the problem with it (reported under <c>file</c>).</summary>
    public static (string? Name, string? Problem) Clean(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return (null, null);
        }

        var name = declared[(declared.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        if (name.Length == 0)
        {
            return (null, null);
        }

        var problem = TextRules.Problem("The file name", name, TextKind.Name, EvidenceLimits.FileNameMaxLength);
        return problem is null ? (name, null) : (null, problem);
    }

    /// <summary>The name a download is offered under.</summary>
    public static string Download(string? fileName, StoredFileKind kind, string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var extension = StoredFileKinds.Extension(kind);
        if (string.IsNullOrEmpty(fileName))
        {
            return $"evidence-{sha256[..12]}{extension}";
        }

        return Fits(kind, Path.GetExtension(fileName)) ? fileName : fileName + extension;
    }

    private static bool Fits(StoredFileKind kind, string extension)
    {
        var accepted = kind switch
        {
            StoredFileKind.Jpeg => [".jpg", ".jpeg"],
            StoredFileKind.Markdown => [".md", ".markdown"],
            StoredFileKind.PlainText => [".txt", ".text", ".log"],
            _ => new[] { StoredFileKinds.Extension(kind) },
        };
        return accepted.Contains(extension, StringComparer.OrdinalIgnoreCase);
    }
}
