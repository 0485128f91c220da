using System.Text;

namespace Aims.Reporting.Tests.Tables;

/// <summary>A strict RFC 4180 reader for the tests: every record ends in CRLF, quoted fields may hold anything.</summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    var quote = csv.IndexOf('"', i);
                    Assert.True(quote >= 0, "unterminated quoted field");
                    field.Append(csv, i, quote - i);
                    i = quote + 1;
                    if (i < csv.Length && csv[i] == '"')
                    {
                        field.Append('"');
                        i++;
                        continue;
                    }

                    break;
                }
            }
            else
            {
                var end = csv.IndexOfAny([',', '\r', '\n', '"'], i);
                Assert.True(end >= 0, "the last record must end in CRLF");
                Assert.NotEqual('"', csv[end]);
                Assert.NotEqual('\n', csv[end]);
                field.Append(csv, i, end - i);
                i = end;
            }

            record.Add(field.ToString());
            field.Clear();
            if (csv[i] == ',')
            {
                i++;
                continue;
            }

            Assert.Equal("\r\n", csv.Substring(i, 2));
            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
