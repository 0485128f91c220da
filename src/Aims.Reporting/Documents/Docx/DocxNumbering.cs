using System.Globalization;
using Aims.Reporting.Documents.Markdown;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Documents.Docx;

/// <summary>
/// The numbering definitions of one document: one shared bullet definition, and one definition per numbered list so
/// each list counts from its own start.
/// </summary>
internal sealed class DocxNumbering
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];
    private int? _bulletId;

    public bool IsEmpty => _abstracts.Count == 0;

    /// <summary>Left indentation of list text at a depth, in twentieths of a point.</summary>
    public static int Indent(int depth) => 720 + (360 * depth);

    public int ListId(ListNumbering numbering, int start)
    {
        if (numbering == ListNumbering.Bullet)
        {
            return _bulletId ??= Add(level => Level(level, NumberFormatValues.Bullet, Bullets[level % Bullets.Length], 1));
        }

        var format = numbering switch
        {
            ListNumbering.LowerLetter => NumberFormatValues.LowerLetter,
            ListNumbering.UpperLetter => NumberFormatValues.UpperLetter,
            ListNumbering.LowerRoman => NumberFormatValues.LowerRoman,
            ListNumbering.UpperRoman => NumberFormatValues.UpperRoman,
            _ => NumberFormatValues.Decimal,
        };
        return Add(level => Level(level, format, "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".", start));
    }

    public Numbering Build()
    {
        var numbering = new Numbering();
        numbering.Append(_abstracts);
        numbering.Append(_instances);
        return numbering;
    }

    private int Add(Func<int, Level> level)
    {
        var id = _abstracts.Count + 1;
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < 9; i++)
        {
            definition.Append(level(i));
        }

        _abstracts.Add(definition);
        _instances.Add(new NumberingInstance(new AbstractNumId { Val = id }) { NumberID = id });
        return id;
    }

    private static Level Level(int level, NumberFormatValues format, string text, int start) => new(
        new StartNumberingValue { Val = start },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation
        {
            Left = Indent(level).ToString(CultureInfo.InvariantCulture),
            Hanging = "360",
        }))
    {
        LevelIndex = level,
    };
}
