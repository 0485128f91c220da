using System.Globalization;
using Aims.Reporting.Documents.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Documents.Docx;

/// <summary>Turns the body's blocks into Word paragraphs and tables, with Word numbering for lists.</summary>
internal sealed class DocxBlockWriter(DocxRuns runs, DocxNumbering numbering)
{
    /// <summary>A4 with 2 cm margins: the text width in twentieths of a point.</summary>
    public const int TextWidth = 11906 - (2 * 1134);

    private const int QuoteIndent = 284;

    /// <summary>Where blocks go: their left indentation, the list depth, whether inside a quote, and a pending list number.</summary>
    private sealed record Context(int Indent, int ListDepth, bool InQuote)
    {
        public NumberingProperties? Numbering { get; set; }
    }

    public List<OpenXmlElement> Write(IReadOnlyList<DocBlock> blocks)
    {
        var output = new List<OpenXmlElement>();
        Write(blocks, new Context(0, 0, false), output);
        return output;
    }

    private void Write(IReadOnlyList<DocBlock> blocks, Context context, List<OpenXmlElement> output)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocHeading heading:
                    output.Add(Paragraph(DocxStyles.Heading(heading.Level), context, runs.Create(heading.Runs)));
                    break;
                case DocParagraph paragraph:
                    output.Add(Paragraph(null, context, runs.Create(paragraph.Runs)));
                    break;
                case DocList list:
                    WriteList(list, context, output);
                    break;
                case DocQuote quote:
                    Write(quote.Blocks, context with { Indent = context.Indent + QuoteIndent, InQuote = true }, output);
                    break;
                case DocCode code:
                    var lines = code.Lines.Count == 0 ? [""] : code.Lines;
                    output.AddRange(lines.Select(line => Paragraph(DocxStyles.Code, context, [DocxRuns.Run(line, TextStyle.None)])));
                    output.Add(Paragraph(null, context, []));
                    break;
                case DocTable table:
                    output.Add(Table(table, context.Indent, table.LabelColumn, table.LabelColumn ? Pdf.PdfDocumentWriter.LabelShare : null));
                    output.Add(Paragraph(null, context, []));
                    break;
                case DocRule:
                    output.Add(Paragraph(null, context, [], rule: true));
                    break;
                default:
                    break;
            }
        }
    }

    private void WriteList(DocList list, Context context, List<OpenXmlElement> output)
    {
        var id = numbering.ListId(list.Numbering, list.Start);
        // Item text sits one list indent in from the surrounding text: 720 twips for a top-level list, 360 more per level.
        var indent = context.Indent + (context.ListDepth == 0 ? DocxNumbering.Indent(0) : 360);
        foreach (var item in list.Items)
        {
            var itemContext = context with { Indent = indent, ListDepth = context.ListDepth + 1 };
            // The item's first paragraph carries the number; a code block or table first gets an empty numbered line.
            itemContext.Numbering = new NumberingProperties(
                new NumberingLevelReference { Val = context.ListDepth }, new NumberingId { Val = id });
            if (item.Count == 0 || item[0] is not (DocParagraph or DocHeading))
            {
                output.Add(Paragraph(null, itemContext, []));
            }

            Write(item, itemContext, output);
        }
    }

    private static Paragraph Paragraph(string? style, Context context, IEnumerable<OpenXmlElement> content, bool rule = false)
    {
        // Children of w:pPr must come in schema order: style, numbering, borders, indentation.
        var properties = new ParagraphProperties();
        var numbered = context.Numbering is not null;
        style ??= numbered ? DocxStyles.ListParagraph : context.InQuote ? DocxStyles.Quote : null;
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (context.Numbering is { } numberingProperties)
        {
            properties.Append(numberingProperties);
            context.Numbering = null;
        }

        var borders = new ParagraphBorders();
        if (context.InQuote && style != DocxStyles.Quote)
        {
            borders.Append(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "B0B6BC" });
        }

        if (rule)
        {
            borders.Append(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = DocxStyles.GridColor });
        }

        if (borders.HasChildren)
        {
            properties.Append(borders);
        }

        if (context.Indent > 0)
        {
            var indentation = new Indentation { Left = context.Indent.ToString(CultureInfo.InvariantCulture) };
            if (numbered)
            {
                indentation.Hanging = "360";
            }

            properties.Append(indentation);
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public Table Table(DocTable table, int indent, bool shadeFirstColumn, double? firstColumnShare)
    {
        var width = TextWidth - indent;
        var shares = Enumerable.Repeat(1d / table.ColumnCount, table.ColumnCount).ToArray();
        if (firstColumnShare is { } first && table.ColumnCount > 1)
        {
            shares = [first, .. Enumerable.Repeat((1 - first) / (table.ColumnCount - 1), table.ColumnCount - 1)];
        }

        var columns = shares.Select(s => (int)(width * s)).ToArray();
        var border = () => new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        var borders = new TableBorders(border().Select(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = DocxStyles.GridColor;
            return (OpenXmlElement)b;
        }));
        var element = new Table(new TableProperties(
            new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
            borders,
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString(CultureInfo.InvariantCulture) })));
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                tableRow.Append(new TableRowProperties(new TableHeader()));
            }

            for (var i = 0; i < table.ColumnCount; i++)
            {
                var cellProperties = new TableCellProperties(new TableCellWidth
                {
                    Width = columns[i].ToString(CultureInfo.InvariantCulture),
                    Type = TableWidthUnitValues.Dxa,
                });
                if (row.IsHeader || (shadeFirstColumn && i == 0))
                {
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = DocxStyles.HeaderShade, Color = "auto" });
                }

                var cellRuns = i < row.Cells.Count ? row.Cells[i] : [];
                var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
                paragraph.Append(runs.Create(cellRuns));
                tableRow.Append(new TableCell(cellProperties, paragraph));
            }

            element.Append(tableRow);
        }

        return element;
    }
}
