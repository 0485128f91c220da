using System.Text;

namespace Aims.Web.Components.Ui;

/// <summary>
/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
/// Cells that a spreadsheet would evaluate as a formula (leading =, +, -, @, tab, CR) get a leading apostrophe:
/// register exports are opened in spreadsheets, and a system named "=HYPERLINK(…)" must not become a live formula.
/// </summary>
public sealed class CsvBuilder
{
    private readonly StringBuilder _text = new();

    public CsvBuilder Row(params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            AppendField(fields[i] ?? "");
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private void AppendField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }

        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
