using Aims.Reporting.Documents.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Documents.Docx;

/// <summary>
/// Word runs for styled text: bold, italic, strike, inline code and links. A link to a web or mail address becomes a real
/// hyperlink (its address is also printed after the text, see <see cref="MarkdownInlines"/>); "\n" becomes a line break.
/// </summary>
internal sealed class DocxRuns(MainDocumentPart main)
{
    private readonly Dictionary<string, string?> _relationships = new(StringComparer.Ordinal);

    public IEnumerable<OpenXmlElement> Create(IEnumerable<DocRun> runs, TextStyle extra = TextStyle.None)
    {
        foreach (var run in runs)
        {
            var style = run.Style | extra;
            var element = Run(run.Text, style);
            if (style.HasFlag(TextStyle.Link) && run.LinkUrl is { } url && RelationshipId(url) is { } id)
            {
                yield return new Hyperlink(element) { Id = id, History = true };
            }
            else
            {
                yield return element;
            }
        }
    }

    public static Run Run(string text, TextStyle style)
    {
        var properties = new RunProperties();
        if (style.HasFlag(TextStyle.Code))
        {
            properties.Append(new RunStyle { Val = DocxStyles.CodeChar });
        }
        else if (style.HasFlag(TextStyle.Link))
        {
            properties.Append(new RunStyle { Val = DocxStyles.Hyperlink });
        }

        if (style.HasFlag(TextStyle.Bold))
        {
            properties.Append(new Bold());
        }

        if (style.HasFlag(TextStyle.Italic))
        {
            properties.Append(new Italic());
        }

        if (style.HasFlag(TextStyle.Strike))
        {
            properties.Append(new Strike());
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            if (lines[i].Length > 0)
            {
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    private string? RelationshipId(string url)
    {
        if (!_relationships.TryGetValue(url, out var id))
        {
            id = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
                ? main.AddHyperlinkRelationship(uri, isExternal: true).Id
                : null;
            _relationships[url] = id;
        }

        return id;
    }
}
