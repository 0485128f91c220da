using System.Diagnostics;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// The text of a rendered PDF as poppler's <c>pdftotext</c> reads it (test.sh installs poppler-utils); without the tool
/// the test is skipped with a message, except on CI where that is a failure.
/// </summary>
internal static class PdfText
{
    public static string Read(byte[] pdf)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));
        if (!onPath)
        {
            const string message = "pdftotext is not installed (apt-get install poppler-utils); the PDF read-back needs it.";
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", message);
            Assert.Skip(message);
        }

        var file = Path.Combine(Path.GetTempPath(), "aims-document-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true, StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            // Lines break where the layout broke them; compare with white space folded.
            return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
