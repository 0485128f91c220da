using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace Aims.Reporting.Documents.Markdown;

/// <summary>
/// Converts Markdig inlines into styled runs. A link keeps its text and, because paper has no hyperlinks, is followed by
/// its address in parentheses (once only when text and address are the same). An inline this class does not know is
/// kept as its Markdown source, never dropped.
/// </summary>
internal sealed class MarkdownInlines(string source)
{
    public List<DocRun> Runs(ContainerInline? container, TextStyle style = TextStyle.None)
    {
        var runs = new List<DocRun>();
        if (container is not null)
        {
            AddChildren(container, style, null, runs);
        }

        return Merge(runs);
    }

    private void AddChildren(ContainerInline container, TextStyle style, string? link, List<DocRun> runs)
    {
        foreach (var inline in container)
        {
            Add(inline, style, link, runs);
        }
    }

    private void Add(Inline inline, TextStyle style, string? link, List<DocRun> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Text(literal.Content.ToString(), style, link, runs);
                break;
            case CodeInline code:
                Text(code.Content, style | TextStyle.Code, link, runs);
                break;
            case LineBreakInline lineBreak:
                Text(lineBreak.IsHard ? DocRun.LineBreak : " ", style, link, runs);
                break;
            case EmphasisInline emphasis:
                AddChildren(emphasis, style | Emphasis(emphasis), link, runs);
                break;
            case LinkInline { IsImage: true } image:
                Text("[Image: ", style, null, runs);
                AddChildren(image, style, null, runs);
                Text("] (" + image.Url + ")", style, null, runs);
                break;
            case LinkInline hyperlink:
                AddLink(hyperlink, style, runs);
                break;
            case AutolinkInline autolink:
                var address = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                Text(autolink.Url, style | TextStyle.Link, address, runs);
                break;
            case HtmlEntityInline entity:
                Text(entity.Transcoded.ToString(), style, link, runs);
                break;
            case HtmlInline html:
                Text(html.Tag, style, link, runs);
                break;
            case TaskList task:
                Text(task.Checked ? "☑" : "☐", style, link, runs);
                break;
            case FootnoteLink footnote:
                // The back link is the "↩" navigation inside the footnote itself; on paper it carries nothing.
                if (!footnote.IsBackLink)
                {
                    Text($"[{footnote.Index}]", style, link, runs);
                }

                break;
            case MathInline math:
                Text(math.Content.ToString(), style | TextStyle.Code, link, runs);
                break;
            case AbbreviationInline abbreviation:
                Text(abbreviation.Abbreviation.Label ?? "", style, link, runs);
                break;
            case DelimiterInline delimiter:
                Text(delimiter.ToLiteral(), style, link, runs);
                AddChildren(delimiter, style, link, runs);
                break;
            case ContainerInline other:
                AddChildren(other, style, link, runs);
                break;
            default:
                Text(Source(inline), style, link, runs);
                break;
        }
    }

    private void AddLink(LinkInline hyperlink, TextStyle style, List<DocRun> runs)
    {
        var url = hyperlink.Url ?? "";
        var start = runs.Count;
        AddChildren(hyperlink, style | TextStyle.Link, url.Length > 0 ? url : null, runs);
        var text = string.Concat(runs.Skip(start).Select(r => r.Text));
        if (url.Length > 0 && !string.Equals(text.Trim(), url, StringComparison.Ordinal))
        {
            Text(" (" + url + ")", style, null, runs);
        }
    }

    private static TextStyle Emphasis(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '*' or '_' => emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic,
        '~' when emphasis.DelimiterCount >= 2 => TextStyle.Strike,
        _ => TextStyle.None,
    };

    private string Source(Inline inline) =>
        inline.Span.Start >= 0 && inline.Span.End < source.Length ? source.Substring(inline.Span.Start, inline.Span.Length) : "";

    private static void Text(string text, TextStyle style, string? link, List<DocRun> runs)
    {
        if (text.Length > 0)
        {
            runs.Add(new DocRun(DocText.Clean(text), style, link));
        }
    }

    /// <summary>Joins neighbouring runs of the same style (Markdig splits text at every special character).</summary>
    private static List<DocRun> Merge(List<DocRun> runs)
    {
        var merged = new List<DocRun>(runs.Count);
        for (var i = 0; i < runs.Count;)
        {
            var end = i + 1;
            while (end < runs.Count && !runs[i].IsLineBreak && !runs[end].IsLineBreak && runs[end].Style == runs[i].Style &&
                runs[end].LinkUrl == runs[i].LinkUrl)
            {
                end++;
            }

            merged.Add(end == i + 1 ? runs[i] : runs[i] with { Text = string.Concat(runs.Skip(i).Take(end - i).Select(r => r.Text)) });
            i = end;
        }

        return merged;
    }
}
