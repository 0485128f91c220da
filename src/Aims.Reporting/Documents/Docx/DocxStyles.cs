using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Documents.Docx;

/// <summary>
/// The Word styles a rendered document uses. Headings carry Word's built-in names ("heading 1"…) and outline levels, so
/// the navigation pane and a table of contents pick them up in the copy someone edits.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string CodeChar = "CodeChar";
    public const string Hyperlink = "Hyperlink";
    public const string ListParagraph = "ListParagraph";
    public const string FooterStyle = "Footer";
    public const string TextFont = "Calibri";
    public const string CodeFont = "Consolas";
    public const string CodeShade = "F2F3F5";
    public const string HeaderShade = "ECEEF1";
    public const string GridColor = "B8BEC4";

    private static readonly int[] HeadingSizes = [32, 28, 24, 22, 22, 22];

    public static string Heading(int level) => "Heading" + (char)('0' + Math.Clamp(level, 1, 6));

    public static Styles Create()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = TextFont, HighAnsi = TextFont, ComplexScript = TextFont, EastAsia = TextFont },
                new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", null, new StyleParagraphProperties(), new StyleRunProperties(), isDefault: true));
        styles.Append(ParagraphStyle(Title, "Title", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" })));
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(ParagraphStyle(Heading(level), "heading " + level, "Normal",
                new StyleParagraphProperties(new KeepNext(), new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "80" },
                    new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new Color { Val = "1F3A5F" },
                    new FontSize { Val = HeadingSizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        }

        styles.Append(ParagraphStyle(Quote, "Quote", "Normal",
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "B0B6BC" }),
                new Indentation { Left = "284" }),
            new StyleRunProperties(new Color { Val = "404850" })));
        styles.Append(ParagraphStyle(Code, "Code", "Normal",
            new StyleParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = CodeShade, Color = "auto" },
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont },
                new FontSize { Val = "19" })));
        styles.Append(ParagraphStyle(ListParagraph, "List Paragraph", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new ContextualSpacing()), new StyleRunProperties()));
        styles.Append(ParagraphStyle(FooterStyle, "footer", "Normal",
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = "5F6368" }, new FontSize { Val = "16" })));
        styles.Append(CharacterStyle(CodeChar, "Code Char",
            new StyleRunProperties(new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont },
                new FontSize { Val = "19" }, new Shading { Val = ShadingPatternValues.Clear, Fill = CodeShade, Color = "auto" })));
        styles.Append(CharacterStyle(Hyperlink, "Hyperlink",
            new StyleRunProperties(new Color { Val = "0B57A4" }, new Underline { Val = UnderlineValues.Single })));
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties paragraph, StyleRunProperties run,
        bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static Style CharacterStyle(string id, string name, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = name }, new PrimaryStyle(), run);
        return style;
    }
}
