using System.Diagnostics.CodeAnalysis;

namespace Aims.Reporting;

/// <summary>
/// A file format an export can be written in: its name as it appears in a query (<c>format=csv</c>), the HTTP content
/// type and the file extension. The concrete sets are <see cref="Tables.ExportFormat"/> (tables) and
/// <see cref="Documents.DocumentExportFormat"/> (documents); both parse the same way.
/// </summary>
public abstract class FileFormat
{
    private protected FileFormat(string name, string contentType, string fileExtension)
    {
        Name = name;
        ContentType = contentType;
        FileExtension = fileExtension;
    }

    /// <summary>The lower-case name used in queries and on the command line, e.g. <c>xlsx</c>.</summary>
    public string Name { get; }

    /// <summary>The media type for a response or a download, e.g. <c>text/csv; charset=utf-8</c>.</summary>
    public string ContentType { get; }

    /// <summary>The file name extension including its dot, e.g. <c>.xlsx</c>.</summary>
    public string FileExtension { get; }

    /// <summary>A download name: <paramref name="stem"/> followed by this format's extension.</summary>
    public string FileName(string stem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        return stem + FileExtension;
    }

    public override string ToString() => Name;

    private protected static bool TryParse<TFormat>(string? value, IReadOnlyList<TFormat> known, [NotNullWhen(true)] out TFormat? format)
        where TFormat : FileFormat
    {
        var name = value?.Trim();
        format = known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return format is not null;
    }

    private protected static TFormat Parse<TFormat>(string? value, IReadOnlyList<TFormat> known)
        where TFormat : FileFormat
    {
        if (TryParse(value, known, out var format))
        {
            return format;
        }

        var expected = string.Join(", ", known.Select(f => f.Name));
        throw new ArgumentException(string.IsNullOrWhiteSpace(value)
            ? $"No format given; expected one of: {expected}."
            : $"Unknown format '{value}'; expected one of: {expected}.", nameof(value));
    }
}
