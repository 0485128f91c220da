using System.Diagnostics;

namespace Aims.Reporting.Tests.Documents;

/// <summary>
/// Reads PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo). test.sh installs them; a developer machine without
/// them skips the PDF read-back tests with a message saying so. On CI a missing tool is a failure, not a skip.
/// </summary>
internal static class Poppler
{
    public static void RequireTools()
    {
        var missing = new[] { "pdftotext", "pdffonts", "pdfinfo" }.Where(tool => !OnPath(tool)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var message = $"{string.Join(", ", missing)} not installed (apt-get install poppler-utils); the PDF read-back tests need it.";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", message);
        Assert.Skip(message);
    }

    /// <summary>The text of every page as pdftotext reads it (reading order, pages separated by form feeds).</summary>
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-enc UTF-8 {0} -");

    public static string Fonts(byte[] pdf) => Run("pdffonts", pdf, "{0}");

    public static int PageCount(byte[] pdf)
    {
        var line = Run("pdfinfo", pdf, "{0}").Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Run(string tool, byte[] pdf, string arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), "aims-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, path))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {errors.Result}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));
}
