using System.Text;
using Aims.Core.Evidence.Files;

namespace Aims.Web.Tests.Evidence;

/// <summary>The allow-list decides by content: each accepted kind from a real sample, and the near misses refused.</summary>
public sealed class FileContentSnifferTests : IDisposable
{
    private readonly TempFileStore _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string?, StoredFileKind> AcceptedSamples() => new()
    {
        // The declared names are deliberately unhelpful for the binary kinds: the bytes decide.
        { "pdf", "upload.bin", StoredFileKind.Pdf },
        { "png", null, StoredFileKind.Png },
        { "jpeg", "photo.png", StoredFileKind.Jpeg },
        { "docx", "policy.zip", StoredFileKind.Docx },
        { "xlsx", "register.docx", StoredFileKind.Xlsx },
        { "pptx", "slides", StoredFileKind.Pptx },
        { "csv", "log.CSV", StoredFileKind.Csv },
        { "text", "notes.txt", StoredFileKind.PlainText },
        { "text", null, StoredFileKind.PlainText },
        { "markdown", "README.md", StoredFileKind.Markdown },
        { "markdown", "guide.markdown", StoredFileKind.Markdown },
        { "json", "result.json", StoredFileKind.Json },
        { "json", "result.txt", StoredFileKind.Json },
        { "json array with BOM", null, StoredFileKind.Json },
        { "markdown starting with a link", "links.md", StoredFileKind.Markdown },
        { "utf-8 text", "minutes.txt", StoredFileKind.PlainText },
    };

    [Theory]
    [MemberData(nameof(AcceptedSamples))]
    public async Task Each_accepted_kind_is_recognised_from_its_bytes(string sample, string? declaredName, StoredFileKind expected)
    {
        var content = Sample(sample);

        var stored = await _files.PutAsync(content, declaredName);

        Assert.Equal(expected, stored.Kind);
        Assert.Equal(content, await _files.ReadAsync(stored.Sha256));
    }

    [Fact]
    public async Task A_real_Parquet_file_is_recognised()
    {
        var dir = Directory.CreateTempSubdirectory("aims-parquet-");
        try
        {
            var path = Path.Combine(dir.FullName, "log.parquet");
            await EvidenceRuns.RunAsync("generate", "--rows", "500", "--format", "parquet", "--seed", "3", "--out", path);

            var stored = await _files.PutAsync(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken), "log.csv");

            Assert.Equal(StoredFileKind.Parquet, stored.Kind);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "report.pdf")]
    [InlineData("\uFEFF\n   <html lang=\"en\"><p>hello</p></html>", "notes.txt")]
    [InlineData("<HTML><BODY>shouting</BODY></HTML>", "data.csv")]
    [InlineData("<script>fetch('/api')</script>", "readme.md")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "chart.png")]
    [InlineData("<?xml version=\"1.0\"?><root/>", "export.json")]
    [InlineData("<!-- comment --><div>x</div>", "page.txt")]
    [InlineData("<iframe src=\"https://example.org\">", null)]
    public async Task Text_that_opens_like_HTML_or_XML_is_refused_whatever_its_name(string content, string? declaredName)
    {
        var refused = await Assert.ThrowsAsync<UnsupportedFileContentException>(() => _files.PutAsync(Encoding.UTF8.GetBytes(content), declaredName));

        Assert.Contains("markup", refused.Detected, StringComparison.Ordinal);
        Assert.Contains("PDF, PNG, JPEG", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StoredFileKinds.All, refused.Allowed);
        AssertNothingStored();
    }

    [Fact]
    public async Task Text_with_angle_brackets_after_its_start_is_still_text()
    {
        var stored = await _files.PutAsync("x < y, and the page's <html> tags were removed\n"u8.ToArray(), "a.txt");

        Assert.Equal(StoredFileKind.PlainText, stored.Kind);
    }

    public static TheoryData<string, string> RefusedSamples() => new()
    {
        { "zip without content types", "ZIP archive that is not a Word, Excel or PowerPoint file" },
        { "zip with another main part", "main part is application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" },
        { "docx with macros", "macros" },
        { "docx without its main part", "main part /word/document.xml is missing" },
        { "random bytes", "binary data" },
        { "latin-1 text", "not UTF-8" },
        { "text with a NUL byte", "NUL byte" },
        { "empty", "empty file" },
        { "white space", "nothing but white space" },
        { "gif", "GIF image" },
        { "legacy office", "legacy Office file" },
        { "truncated parquet", "incomplete Parquet file" },
        { "png signature only", "damaged PNG" },
        { "broken zip", "damaged ZIP archive" },
    };

    [Theory]
    [MemberData(nameof(RefusedSamples))]
    public async Task Content_outside_the_allow_list_is_refused_with_what_it_is(string sample, string detected)
    {
        var refused = await Assert.ThrowsAsync<UnsupportedFileContentException>(() => _files.PutAsync(Sample(sample), "evidence.pdf"));

        Assert.Contains(detected, refused.Detected, StringComparison.Ordinal);
        Assert.Contains(refused.Detected, refused.Message, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_file_named_json_must_hold_well_formed_JSON()
    {
        var malformed = await Assert.ThrowsAsync<UnsupportedFileContentException>(() =>
            _files.PutAsync("{\n  \"a\": 1,\n  \"b\": tru\n}"u8.ToArray(), "result.json"));
        var notJson = await Assert.ThrowsAsync<UnsupportedFileContentException>(() => _files.PutAsync("just words"u8.ToArray(), "result.json"));
        var scalar = await Assert.ThrowsAsync<UnsupportedFileContentException>(() => _files.PutAsync("42"u8.ToArray(), "answer.json"));

        Assert.Contains("malformed JSON", malformed.Detected, StringComparison.Ordinal);
        Assert.Contains("line 3", malformed.Detected, StringComparison.Ordinal);
        Assert.Contains("not a JSON object or array", notJson.Detected, StringComparison.Ordinal);
        Assert.Contains("not a JSON object or array", scalar.Detected, StringComparison.Ordinal);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_text_file_is_checked_to_its_end_not_only_its_first_kilobytes()
    {
        var content = Encoding.UTF8.GetBytes(new string('a', 200_000) + "\n").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var refused = await Assert.ThrowsAsync<UnsupportedFileContentException>(() => _files.PutAsync(content, "long.txt"));

        Assert.Contains("offset 200,001", refused.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_has_a_content_type_an_extension_and_a_name()
    {
        foreach (var kind in StoredFileKinds.All)
        {
            Assert.NotEmpty(StoredFileKinds.ContentType(kind));
            Assert.StartsWith(".", StoredFileKinds.Extension(kind), StringComparison.Ordinal);
            Assert.Contains(StoredFileKinds.DisplayName(kind), StoredFileKinds.AllowedDescription, StringComparison.Ordinal);
        }

        Assert.Equal("application/pdf", StoredFileKinds.ContentType(StoredFileKind.Pdf));
        Assert.Equal("text/plain; charset=utf-8", StoredFileKinds.ContentType(StoredFileKind.PlainText));
        Assert.DoesNotContain(StoredFileKinds.All, k => StoredFileKinds.ContentType(k).Contains("html", StringComparison.OrdinalIgnoreCase));
    }

    private void AssertNothingStored()
    {
        Assert.Empty(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
    }

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => SampleFiles.Pdf(),
        "png" => SampleFiles.Png(),
        "jpeg" => SampleFiles.Jpeg(),
        "docx" => SampleFiles.Docx(),
        "xlsx" => SampleFiles.Xlsx(),
        "pptx" => SampleFiles.Pptx(),
        "csv" => "timestamp,sex,prediction,label\n2026-01-01,F,1,0\n"u8.ToArray(),
        "text" => "Reviewed the model card on 3 March; no change needed.\n"u8.ToArray(),
        "markdown" => "# Review\n\n- model card checked\n"u8.ToArray(),
        "json" => "{ \"reviewed\": true, \"by\": [\"ana\", \"li\"] }"u8.ToArray(),
        "json array with BOM" => "\uFEFF  [1, 2, {\"x\": null}]\n"u8.ToArray(),
        "markdown starting with a link" => "[Model card](https://example.org/card)\n"u8.ToArray(),
        "utf-8 text" => Encoding.UTF8.GetBytes("Prüfung bestanden — 合格 ✓\n"),
        "zip without content types" => SampleFiles.Zip(("readme.txt", "not an office file")),
        "zip with another main part" => SampleFiles.Office("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "<w:document/>"),
        "docx with macros" => SampleFiles.Office("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "<w:document/>",
            ("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject")),
        "docx without its main part" => SampleFiles.Zip(("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" " +
            "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
        "random bytes" => RandomBytes(),
        "latin-1 text" => Encoding.Latin1.GetBytes("Prüfung bestanden\n"),
        "text with a NUL byte" => "first line\n\0second line\n"u8.ToArray(),
        "empty" => [],
        "white space" => " \n\t\r\n"u8.ToArray(),
        "gif" => "GIF89a\u0001\0\u0001\0"u8.ToArray(),
        "legacy office" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        "truncated parquet" => "PAR1\u0015\u0004\u0015\u0010\u0015\u0014"u8.ToArray(),
        "png signature only" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, (byte)'X', (byte)'Y', (byte)'Z', (byte)'W'],
        "broken zip" => "PK\u0003\u0004 this is where a ZIP would go"u8.ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    // Random bytes that cannot be mistaken for a signature or for UTF-8: the first byte is never a valid lead byte.
    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        Random.Shared.NextBytes(bytes);
        bytes[0] = 0xFE;
        return bytes;
    }
}
