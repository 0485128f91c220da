namespace Aims.Reporting.Documents.Pdf;

/// <summary>A4 portrait with 2 cm margins; all sizes in points (1/72 inch).</summary>
internal static class PdfPageLayout
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Margin = 56.69;
    public const double ContentWidth = PageWidth - (2 * Margin);

    public const double BodySize = 10;
    public const double TitleSize = 20;
    public const double FooterSize = 8;

    /// <summary>Line height as a multiple of the font size.</summary>
    public const double Leading = 1.35;

    public static double HeadingSize(int level) => level switch
    {
        1 => 16,
        2 => 14,
        3 => 12,
        4 => 11,
        _ => 10,
    };
}
