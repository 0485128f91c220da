using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Aims.Core.Common;
using Aims.Core.Registers;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims &lt;register&gt; list|get|export</c> for any register, from its definition: the filters become options
/// (<c>--stage</c>, <c>--owner-id</c>), the list prints the register's summary columns, <c>get</c> every column, and
/// <c>export</c> streams the API's CSV or xlsx of the current filter. Register-specific verbs (create…) are added to
/// the command this returns.
/// </summary>
public static class RegisterCommands
{
    /// <param name="name">The command's name when it cannot be the register's (<c>evidence</c> is the computed evidence
    /// engine's command, so the evidence register is <c>evidence-items</c>).</param>
    public static Command Create<T, TView>(CliContext context, RegisterDefinition<T, TView> definition, string description,
        string? name = null)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(definition);
        var command = new Command(name ?? definition.Name, description);
        command.Subcommands.Add(List(context, definition));
        command.Subcommands.Add(Get(context, definition));
        command.Subcommands.Add(Export(context, definition));
        return command;
    }

    private static Command List<T, TView>(CliContext context, RegisterDefinition<T, TView> definition)
        where T : RegisterRecord
    {
        var api = new ApiOptions();
        var query = new QueryOptions<T, TView>(definition);
        var page = new Option<int>("--page") { Description = "Page number.", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = $"Rows per page (max {DomainRules.MaxPageSize}).", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print the raw JSON page instead of a table." };
        var list = new Command("list", $"List {definition.Nouns} (search, filters, sort, page).") { page, pageSize, json };
        api.AddTo(list);
        query.AddTo(list);
        list.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var paging = $"page={parse.GetValue(page).ToString(CultureInfo.InvariantCulture)}&pageSize={parse.GetValue(pageSize).ToString(CultureInfo.InvariantCulture)}";
            var result = await client.GetAsync<PagedResult<TView>>($"{api.OrgPath(parse)}/{definition.Name}?{paging}{query.QueryString(parse)}", ct);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(result, ApiClient.Json));
                return CliErrors.Ok;
            }

            var columns = definition.Columns.Where(c => c.Key == "id" || definition.ListColumns.Contains(c.Key)).ToList();
            var rows = result.Items.Select(item => columns.Select(c => TerminalText.Escape(Text(c.Value(item)))).ToList()).ToList();
            WriteTable(context.Output, [.. columns.Select(c => c.Header.ToUpperInvariant())], rows);
            context.Output.WriteLine($"{result.Items.Count} of {result.Total} shown (page {result.Page}).");
            return CliErrors.Ok;
        });
        return list;
    }

    private static Command Get<T, TView>(CliContext context, RegisterDefinition<T, TView> definition)
        where T : RegisterRecord
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = $"The {definition.Noun}'s id." };
        var json = new Option<bool>("--json") { Description = "Print the raw JSON record." };
        var get = new Command("get", $"Show one {definition.Noun}, every column.") { id, json };
        api.AddTo(get);
        get.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var record = await client.GetAsync<TView>($"{api.OrgPath(parse)}/{definition.Name}/{parse.GetValue(id):D}", ct);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(record, ApiClient.Json));
                return CliErrors.Ok;
            }

            var width = definition.Columns.Max(c => c.Header.Length);
            foreach (var column in definition.Columns)
            {
                context.Output.WriteLine($"{column.Header.PadRight(width)}  {TerminalText.Escape(Text(column.Value(record)))}");
            }

            return CliErrors.Ok;
        });
        return get;
    }

    private static Command Export<T, TView>(CliContext context, RegisterDefinition<T, TView> definition)
        where T : RegisterRecord
    {
        var api = new ApiOptions();
        var query = new QueryOptions<T, TView>(definition);
        var format = new Option<string>("--format") { Description = "csv or xlsx.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write (csv may go to standard output)." };
        var export = new Command("export", $"Export every {definition.Noun} of the filter, with the list's columns.") { format, output };
        api.AddTo(export);
        query.AddTo(export);
        export.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(output);
            if (file is null && parse.GetValue(format) == "xlsx")
            {
                throw new CliException("--output is required for xlsx (a spreadsheet is not written to a terminal).");
            }

            using var client = api.Client(context, parse);
            var path = $"{api.OrgPath(parse)}/{definition.Name}/export?format={parse.GetValue(format)}{query.QueryString(parse)}";
            if (file is null)
            {
                using var buffer = new MemoryStream();
                await client.DownloadAsync(path, buffer, ct);
                context.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF'));
                return CliErrors.Ok;
            }

            // Written next to the target and moved into place, so a failed download never leaves half a file behind.
            var partial = file.FullName + ".partial";
            await using (var stream = File.Create(partial))
            {
                await client.DownloadAsync(path, stream, ct);
            }

            File.Move(partial, file.FullName, overwrite: true);
            context.Output.WriteLine($"Wrote {file.FullName}");
            return CliErrors.Ok;
        });
        return export;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void WriteTable(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<List<string>> rows)
    {
        const int MaxWidth = 40;
        var widths = headers.Select((h, i) => Math.Min(MaxWidth, Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max()))).ToList();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => Clip(cell, widths[i]).PadRight(widths[i]))).TrimEnd());
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
