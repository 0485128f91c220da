using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Aims.Core.Readiness;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims readiness</c>: the organization's readiness for certification as the API computes it from the records —
/// the overall score, then each clause 4–10 (and with <c>--controls</c> each Annex A control) with its status, score
/// and, unless met, the reasons and where to act. <c>--at</c> reads the daily snapshot of a past day.
/// </summary>
public static class ReadinessCommands
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var api = new ApiOptions();
        var at = new Option<string?>("--at") { Description = "A past day, YYYY-MM-DD: readiness as recorded that day (default: now)." };
        var controls = new Option<bool>("--controls") { Description = "List the Annex A controls as well as the clauses." };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON instead of tables." };
        var command = new Command("readiness",
            "Readiness for ISO/IEC 42001 certification, computed from the records (via the REST API): every clause with its " +
            "status, score and what is missing.") { at, controls, json };
        api.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var day = parse.GetValue(at);
            var query = string.IsNullOrWhiteSpace(day) ? "" : "?at=" + Uri.EscapeDataString(day.Trim());
            var report = await client.GetAsync<ReadinessReport>($"{api.OrgPath(parse)}/readiness{query}", ct);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(report, ApiClient.Json));
                return CliErrors.Ok;
            }

            var source = report.SnapshotDay is { } snapshot
                ? $"as recorded on {snapshot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                : $"as of {report.AsOf.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
            context.Output.WriteLine($"Readiness {Percent(report.Score)} ({source})");
            Write(context.Output, client.BaseAddress, "CLAUSE", report.Clauses);
            if (parse.GetValue(controls))
            {
                Write(context.Output, client.BaseAddress, "CONTROL", report.Controls);
            }

            return CliErrors.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, Uri server, string heading, IReadOnlyList<ReadinessItem> items)
    {
        output.WriteLine();
        var idWidth = Math.Max(heading.Length, items.Select(i => i.Id.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{heading.PadRight(idWidth)}  {"STATUS",-8}  {"SCORE",5}  TITLE");
        foreach (var item in items)
        {
            output.WriteLine($"{TerminalText.Escape(item.Id).PadRight(idWidth)}  {Label(item.Status),-8}  {Percent(item.Score),5}  {TerminalText.Escape(item.Title)}");
            if (item.Status == ReadinessStatus.Met)
            {
                continue;
            }

            foreach (var reason in item.Reasons)
            {
                // The API's links are paths in the web app; printed whole, a terminal can open them.
                var where = reason.Href is null ? "" : $" ({TerminalText.Escape(new Uri(server, reason.Href.TrimStart('/')).AbsoluteUri)})";
                output.WriteLine($"{new string(' ', idWidth + 2)}- {TerminalText.Escape(reason.Text)}{where}");
            }
        }
    }

    private static string Label(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Met => "met",
        ReadinessStatus.Partial => "partial",
        _ => "not met",
    };

    private static string Percent(double score) => Math.Round(score * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}
