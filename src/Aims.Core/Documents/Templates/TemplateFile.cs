using System.Globalization;
using System.Text.Json;

namespace Aims.Core.Documents.Templates;

/// <summary>
/// Reads one template file: a front matter of <c>key: value</c> lines between two <c>---</c> lines, then the
/// Markdown body. Every key is required, none may repeat, and an unknown key is an error, so a typo in a shipped
/// template fails the build's tests instead of quietly losing a clause link.
/// </summary>
internal static class TemplateFile
{
    private const string Fence = "---";

    private static readonly string[] Keys =
        ["id", "title", "summary", "type", "clauses", "controls", "reviewMonths", "auditorNote"];

    public static DocumentTemplate Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0] != Fence)
        {
            throw Error(source, "it must start with a '---' line opening the front matter");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var end = 1;
        for (; end < lines.Length && lines[end] != Fence; end++)
        {
            if (lines[end].Trim().Length == 0)
            {
                continue;
            }

            var colon = lines[end].IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? lines[end][..colon].Trim() : "";
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                throw Error(source, $"front-matter line {end + 1} ('{lines[end]}') is not one of the keys {string.Join(", ", Keys)}");
            }

            if (!values.TryAdd(key, lines[end][(colon + 1)..].Trim()))
            {
                throw Error(source, $"the key '{key}' appears twice");
            }
        }

        if (end >= lines.Length)
        {
            throw Error(source, "the front matter has no closing '---' line");
        }

        if (Keys.FirstOrDefault(k => !values.ContainsKey(k)) is { } missing)
        {
            throw Error(source, $"the key '{missing}' is missing");
        }

        var body = string.Join('\n', lines[(end + 1)..]).TrimStart('\n');
        if (body.Trim().Length == 0)
        {
            throw Error(source, "the body is empty");
        }

        return new DocumentTemplate(
            Required(values, "id", source),
            Required(values, "title", source),
            Required(values, "summary", source),
            ParseType(values["type"], source),
            List(values["clauses"]),
            List(values["controls"]),
            ParseMonths(values["reviewMonths"], source),
            Required(values, "auditorNote", source),
            body);
    }

    private static string Required(Dictionary<string, string> values, string key, string source) =>
        values[key].Length > 0 ? values[key] : throw Error(source, $"the key '{key}' is empty");

    private static string[] List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DocumentType ParseType(string value, string source)
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(type.ToString()), value, StringComparison.Ordinal))
            {
                return type;
            }
        }

        throw Error(source, $"the type '{value}' is not a document type (use the camelCase API name, e.g. aiPolicy)");
    }

    private static int ParseMonths(string value, string source) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 120
            ? months
            : throw Error(source, $"reviewMonths '{value}' must be a whole number of months from 1 to 120");

    private static InvalidDataException Error(string source, string problem) =>
        new($"The document template '{source}' is malformed: {problem}.");
}
