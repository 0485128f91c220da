using System.Diagnostics.CodeAnalysis;

namespace Aims.Reporting.Tables;

/// <summary>The formats a table exports to: CSV and xlsx. Parse a query's <c>format=csv|xlsx</c> with <see cref="Parse"/>.</summary>
public sealed class ExportFormat : FileFormat
{
    public static readonly ExportFormat Csv = new("csv", "text/csv; charset=utf-8", ".csv");

    public static readonly ExportFormat Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private ExportFormat(string name, string contentType, string fileExtension)
        : base(name, contentType, fileExtension)
    {
    }

    public static IReadOnlyList<ExportFormat> All { get; } = [Csv, Xlsx];

    /// <summary>The format named by <paramref name="value"/> (case and surrounding space ignored).</summary>
    /// <exception cref="ArgumentException">The value is missing or names no table format; the message lists the choices.</exception>
    public static ExportFormat Parse(string? value) => Parse(value, All);

    public static bool TryParse(string? value, [NotNullWhen(true)] out ExportFormat? format) => TryParse(value, All, out format);
}
