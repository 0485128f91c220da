using Aims.Reporting.Documents.Markdown;
using PdfSharp.Drawing;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// Breaks styled runs into lines of a given width: greedy, at spaces; a word wider than the line (a hash, a long URL) is
/// broken between characters so it is shown whole across lines instead of running off the page.
/// </summary>
internal sealed class PdfTextLayout(PdfFonts fonts)
{
    public List<PdfLine> Layout(IReadOnlyList<DocRun> runs, double width, double size, TextStyle extra = TextStyle.None)
    {
        var state = new LineBuilder(fonts, width, size);
        foreach (var run in runs)
        {
            var style = run.Style | extra;
            var font = fonts.Get(size, style);
            var brush = PdfFonts.Brush(style);
            var text = run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var end = i == text.Length;
                if (!end && text[i] is not (' ' or '\n'))
                {
                    continue;
                }

                if (i > start)
                {
                    state.AddWordPart(text[start..i], font, brush);
                }

                if (!end)
                {
                    if (text[i] == '\n')
                    {
                        state.HardBreak();
                    }
                    else
                    {
                        state.AddSpace(font, brush);
                    }
                }

                start = i + 1;
            }
        }

        return state.Finish();
    }

    /// <summary>Lines of preformatted text: spaces kept, broken only where a line is wider than <paramref name="width"/>.</summary>
    public List<PdfLine> LayoutPreformatted(IReadOnlyList<string> lines, double width, double size)
    {
        var font = fonts.Get(size, TextStyle.Code);
        var result = new List<PdfLine>();
        foreach (var text in lines)
        {
            var line = new PdfLine(font.Size * PdfPageLayout.Leading);
            var start = 0;
            var lineWidth = 0d;
            for (var i = 0; i < text.Length; i++)
            {
                var w = fonts.Width(font, text, i);
                if (lineWidth + w > width && i > start)
                {
                    line.Add(text[start..i], font, PdfFonts.TextBrush, lineWidth);
                    result.Add(line);
                    line = new PdfLine(font.Size * PdfPageLayout.Leading);
                    start = i;
                    lineWidth = 0;
                }

                lineWidth += w;
            }

            if (text.Length > start)
            {
                line.Add(text[start..], font, PdfFonts.TextBrush, lineWidth);
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>
    /// The greedy line breaker. Text arrives as word parts (a word may change style mid-way, "**bold**er") and spaces;
    /// a word is placed once it is complete, so it moves to the next line whole when it does not fit.
    /// </summary>
    private sealed class LineBuilder(PdfFonts fonts, double width, double size)
    {
        private readonly List<PdfLine> _lines = [];
        private readonly List<(string Text, XFont Font, XBrush Brush, double Width)> _word = [];
        private PdfLine _line = new(size * PdfPageLayout.Leading);
        private (XFont Font, XBrush Brush, double Width)? _space;
        private double _wordWidth;

        public void AddWordPart(string text, XFont font, XBrush brush)
        {
            var w = fonts.Width(font, text);
            _word.Add((text, font, brush, w));
            _wordWidth += w;
        }

        public void AddSpace(XFont font, XBrush brush)
        {
            PlaceWord();
            if (!_line.IsEmpty)
            {
                _space = (font, brush, fonts.Width(font, " ", 0));
            }
        }

        public void HardBreak()
        {
            PlaceWord();
            NewLine();
        }

        public List<PdfLine> Finish()
        {
            PlaceWord();
            if (!_line.IsEmpty || _lines.Count == 0)
            {
                _lines.Add(_line);
            }

            return _lines;
        }

        private void PlaceWord()
        {
            if (_word.Count == 0)
            {
                return;
            }

            var spaceWidth = _space?.Width ?? 0;
            if (!_line.IsEmpty && _line.Width + spaceWidth + _wordWidth > width)
            {
                NewLine();
            }
            else if (_space is { } space && !_line.IsEmpty)
            {
                _line.Add(" ", space.Font, space.Brush, space.Width);
            }

            _space = null;
            if (_line.Width + _wordWidth <= width)
            {
                foreach (var part in _word)
                {
                    _line.Add(part.Text, part.Font, part.Brush, part.Width);
                }
            }
            else
            {
                BreakWord();
            }

            _word.Clear();
            _wordWidth = 0;
        }

        private void BreakWord()
        {
            foreach (var (text, font, brush, _) in _word)
            {
                var start = 0;
                var partWidth = 0d;
                for (var i = 0; i < text.Length; i++)
                {
                    var w = fonts.Width(font, text, i);
                    var pairEnd = char.IsHighSurrogate(text[i]) && i + 1 < text.Length;
                    if (_line.Width + partWidth + w > width && (i > start || !_line.IsEmpty))
                    {
                        if (i > start)
                        {
                            _line.Add(text[start..i], font, brush, partWidth);
                        }

                        NewLine();
                        start = i;
                        partWidth = 0;
                    }

                    partWidth += w;
                    i += pairEnd ? 1 : 0;
                }

                if (text.Length > start)
                {
                    _line.Add(text[start..], font, brush, partWidth);
                }
            }
        }

        private void NewLine()
        {
            _lines.Add(_line);
            _line = new PdfLine(size * PdfPageLayout.Leading);
            _space = null;
        }
    }
}
