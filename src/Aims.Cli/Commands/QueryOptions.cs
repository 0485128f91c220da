using System.CommandLine;
using System.Text;
using Aims.Core.Registers;

namespace Aims.Cli.Commands;

/// <summary>A register's list query as options: --search, --sort and one option per declared filter (kebab-case).</summary>
public sealed class QueryOptions<T, TView>
    where T : RegisterRecord
{
    private readonly Option<string?> _search = new("--search") { Description = "Free text: every word (3+ characters) must occur." };
    private readonly Option<string?> _sort;
    private readonly IReadOnlyList<(string Name, Option<string?> Option)> _filters;

    public QueryOptions(RegisterDefinition<T, TView> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _sort = new Option<string?>("--sort") { Description = $"One of {string.Join(", ", definition.Sorts.Names)}; prefix '-' for descending." };
        _filters = [.. definition.Filters.Select(f => (f.Name, new Option<string?>("--" + Kebab(f.Name))
        {
            Description = f.Values.Count > 0 ? $"{f.Description} One of: {string.Join(", ", f.Values)}." : f.Description,
        }))];
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_search);
        command.Options.Add(_sort);
        foreach (var (_, option) in _filters)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The query as "&amp;name=value…" (empty when nothing is set), escaped.</summary>
    public string QueryString(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = new StringBuilder();
        Add(text, "q", parse.GetValue(_search));
        Add(text, "sort", parse.GetValue(_sort));
        foreach (var (name, option) in _filters)
        {
            Add(text, name, parse.GetValue(option));
        }

        return text.ToString();
    }

    private static void Add(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }

    private static string Kebab(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
