using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// Serves the DejaVu fonts embedded in this assembly to PDFsharp, which has no font source of its own on Linux. Every
/// family resolves to DejaVu Sans except "DejaVu Sans Mono"; bold mono is simulated (only the regular mono face ships).
/// Installed once per process by <see cref="Install"/>: PDFsharp's resolver is a global that must not change after use.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    private EmbeddedFontResolver()
    {
    }

    /// <summary>Makes this the process's PDFsharp font resolver; safe to call from any thread, any number of times.</summary>
    /// <exception cref="InvalidOperationException">Another component installed a different resolver first.</exception>
    public static void Install()
    {
        if (GlobalFontSettings.FontResolver is EmbeddedFontResolver)
        {
            return;
        }

        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case EmbeddedFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    return;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already uses the font resolver {other.GetType().FullName}; Aims.Reporting needs its own " +
                        "embedded fonts and cannot replace a resolver once set.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, Mono, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo("DejaVuSansMono", mustSimulateBold: bold, mustSimulateItalic: italic);
        }

        return new FontResolverInfo((bold, italic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        });
    }

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, static face =>
    {
        using var resource = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Aims.Reporting.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in Aims.Reporting.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    });
}
