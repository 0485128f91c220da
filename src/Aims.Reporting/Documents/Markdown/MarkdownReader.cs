using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Figures;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Aims.Reporting.Documents.Markdown;

/// <summary>
/// Parses a Markdown body with the pipeline the web view uses (advanced extensions, raw HTML off: tags stay literal text)
/// and converts Markdig's syntax tree into <see cref="DocBlock"/>s. Blocks without a dedicated rendering (definition
/// lists, figures, custom containers, footnotes…) keep their text as paragraphs; only link reference definitions, which
/// carry no text of their own, produce nothing.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static IReadOnlyList<DocBlock> Read(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var reader = new Reader(markdown);
        var blocks = new List<DocBlock>();
        reader.AddBlocks(document, blocks);
        return blocks;
    }

    private sealed class Reader(string source)
    {
        private readonly MarkdownInlines _inlines = new(source);

        public void AddBlocks(ContainerBlock container, List<DocBlock> output)
        {
            foreach (var block in container)
            {
                AddBlock(block, output);
            }
        }

        private void AddBlock(Block block, List<DocBlock> output)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    output.Add(new DocHeading(Math.Clamp(heading.Level, 1, 6), _inlines.Runs(heading.Inline)));
                    break;
                case ThematicBreakBlock:
                    output.Add(new DocRule());
                    break;
                case CodeBlock code:
                    output.Add(new DocCode(CodeLines(code)));
                    break;
                case Table table:
                    output.Add(ReadTable(table));
                    break;
                case ListBlock list:
                    output.Add(ReadList(list));
                    break;
                case AlertBlock alert:
                    var inner = new List<DocBlock> { new DocParagraph([new DocRun(AlertTitle(alert), TextStyle.Bold)]) };
                    AddBlocks(alert, inner);
                    output.Add(new DocQuote(inner));
                    break;
                case QuoteBlock quote:
                    output.Add(new DocQuote(Children(quote)));
                    break;
                case FootnoteGroup footnotes:
                    output.Add(new DocRule());
                    foreach (var footnote in footnotes.OfType<Footnote>())
                    {
                        AddPrefixed($"[{footnote.Order}] ", Children(footnote), output);
                    }

                    break;
                case DefinitionTerm term:
                    output.Add(new DocParagraph(_inlines.Runs(term.Inline, TextStyle.Bold)));
                    break;
                case FigureCaption caption:
                    output.Add(new DocParagraph(_inlines.Runs(caption.Inline, TextStyle.Italic)));
                    break;
                case LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                    break;
                case ContainerBlock other:
                    AddBlocks(other, output);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    output.Add(new DocParagraph(_inlines.Runs(leaf.Inline)));
                    break;
                case LeafBlock leaf:
                    output.Add(new DocParagraph([new DocRun(DocText.Clean(leaf.Lines.ToString()), TextStyle.None)]));
                    break;
                default:
                    break;
            }
        }

        private List<DocBlock> Children(ContainerBlock container)
        {
            var blocks = new List<DocBlock>();
            AddBlocks(container, blocks);
            return blocks;
        }

        private DocList ReadList(ListBlock list)
        {
            var numbering = ListMarkers.Numbering(list);
            var items = list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<DocBlock>)Children(item)).ToList();
            return new DocList(numbering, ListMarkers.Start(list.OrderedStart), items);
        }

        private DocTable ReadTable(Table table)
        {
            var rows = new List<DocTableRow>();
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = new List<IReadOnlyList<DocRun>>();
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = Math.Max(cell.ColumnIndex, cells.Count);
                    while (cells.Count < index)
                    {
                        cells.Add([]);
                    }

                    cells.Add(CellRuns(cell, row.IsHeader));
                }

                rows.Add(new DocTableRow(row.IsHeader, cells));
            }

            var columns = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count));
            return new DocTable(Math.Max(columns, 1), rows);
        }

        private List<DocRun> CellRuns(TableCell cell, bool header)
        {
            var runs = new List<DocRun>();
            foreach (var block in Children(cell))
            {
                if (runs.Count > 0)
                {
                    runs.Add(new DocRun(DocRun.LineBreak, TextStyle.None));
                }

                runs.AddRange(FlattenedRuns(block, header ? TextStyle.Bold : TextStyle.None));
            }

            return runs;
        }

        /// <summary>A block as runs, for a table cell (grid tables allow lists and code in cells); its text is kept whole.</summary>
        private static List<DocRun> FlattenedRuns(DocBlock block, TextStyle extra)
        {
            var runs = new List<DocRun>();
            void Break()
            {
                if (runs.Count > 0)
                {
                    runs.Add(new DocRun(DocRun.LineBreak, TextStyle.None));
                }
            }

            void AddAll(IEnumerable<DocBlock> blocks, bool breakFirst = true)
            {
                foreach (var child in blocks)
                {
                    if (breakFirst)
                    {
                        Break();
                    }

                    breakFirst = true;
                    runs.AddRange(FlattenedRuns(child, extra));
                }
            }

            switch (block)
            {
                case DocParagraph p:
                    runs.AddRange(p.Runs.Select(r => r with { Style = r.Style | extra }));
                    break;
                case DocHeading h:
                    runs.AddRange(h.Runs.Select(r => r with { Style = r.Style | extra | TextStyle.Bold }));
                    break;
                case DocCode c:
                    runs.Add(new DocRun(string.Join(DocRun.LineBreak, c.Lines), TextStyle.Code | extra));
                    break;
                case DocQuote q:
                    AddAll(q.Blocks);
                    break;
                case DocList l:
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        Break();
                        runs.Add(new DocRun(ListMarkers.Marker(l.Numbering, l.Start + i, depth: 0) + " ", extra));
                        AddAll(l.Items[i], breakFirst: false);
                    }

                    break;
                case DocTable t:
                    foreach (var row in t.Rows)
                    {
                        Break();
                        for (var i = 0; i < row.Cells.Count; i++)
                        {
                            if (i > 0)
                            {
                                runs.Add(new DocRun(" | ", extra));
                            }

                            runs.AddRange(row.Cells[i].Select(r => r with { Style = r.Style | extra }));
                        }
                    }

                    break;
                case DocRule:
                    runs.Add(new DocRun("———", extra));
                    break;
                default:
                    break;
            }

            return runs;
        }

        private static void AddPrefixed(string prefix, List<DocBlock> blocks, List<DocBlock> output)
        {
            if (blocks.Count > 0 && blocks[0] is DocParagraph first)
            {
                blocks[0] = new DocParagraph([new DocRun(prefix, TextStyle.None), .. first.Runs]);
            }
            else
            {
                blocks.Insert(0, new DocParagraph([new DocRun(prefix, TextStyle.None)]));
            }

            output.AddRange(blocks);
        }

        private static string AlertTitle(AlertBlock alert)
        {
            var kind = alert.Kind.ToString();
            return kind.Length == 0 ? "Note" : char.ToUpperInvariant(kind[0]) + kind[1..].ToLowerInvariant();
        }

        private static List<string> CodeLines(CodeBlock code)
        {
            var lines = new List<string>(code.Lines.Count);
            for (var i = 0; i < code.Lines.Count; i++)
            {
                lines.Add(DocText.Clean(code.Lines.Lines[i].Slice.ToString(), tabWidth: 4));
            }

            return lines;
        }
    }
}
