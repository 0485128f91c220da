using System.Globalization;
using System.Text;
using Aims.Evidence.Documents;

namespace Aims.Evidence.Cli;

/// <summary>The short human summary printed on stdout; the full numbers are in the JSON file.</summary>
internal static class Summary
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task WriteFairnessAsync(TextWriter output, EvidenceDocument document, string outPath)
    {
        var sb = new StringBuilder();
        Rows(sb, document);
        foreach (var grouping in document.Fairness!.Groupings)
        {
            sb.Append(Inv, $"{grouping.Name}: {grouping.Groups.Count} group(s)");
            if (grouping.EmptyIntersections.Count > 0)
            {
                sb.Append(Inv, $", {grouping.EmptyIntersections.Count} empty intersection(s)");
            }

            sb.AppendLine();
            foreach (var name in new[] { "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference" })
            {
                var d = grouping.Disparities.First(x => x.Metric == name && x.Method == "between_groups" && (x.Agg is null or "worst_case"));
                sb.Append(Inv, $"  {name,-30} {CliRunner.F(d.Value)}");
                if (d.Ci is { } ci)
                {
                    sb.Append(Inv, $"  [{CliRunner.F(ci.Lower)}, {CliRunner.F(ci.Upper)}]");
                }

                sb.AppendLine();
            }
        }

        Verdicts(sb, document, outPath);
        await output.WriteAsync(sb.ToString());
    }

    public static async Task WriteDriftAsync(TextWriter output, EvidenceDocument document, string outPath)
    {
        var sb = new StringBuilder();
        Rows(sb, document);
        var drift = document.Drift!;
        foreach (var c in drift.Columns)
        {
            var stat = c.Statistic is { } s ? CliRunner.F(s) : "-";
            sb.Append(Inv, $"  {c.Name,-24} {c.MethodName,-14} {stat,10} {c.Comparison} {CliRunner.F(c.Threshold),-6} {(c.Skipped is not null ? "skipped: " + c.Skipped : c.Drifted ? "DRIFT" : "ok")}");
            sb.AppendLine();
        }

        sb.Append(Inv, $"Dataset drift: {(drift.DatasetDrift ? "yes" : "no")} ({drift.DriftedColumns} of {drift.TestedColumns} columns, share {CliRunner.F(drift.Share)}, threshold {CliRunner.F(drift.DriftShareThreshold)})");
        sb.AppendLine();
        Verdicts(sb, document, outPath);
        await output.WriteAsync(sb.ToString());
    }

    private static void Rows(StringBuilder sb, EvidenceDocument document)
    {
        var r = document.Rows;
        sb.Append(Inv, $"{document.Kind} evidence: {r.Read:N0} rows read, {r.Used:N0} used, {r.Dropped:N0} dropped");
        if (r.DroppedReasons.Count > 0)
        {
            sb.Append(" (").AppendJoin(", ", r.DroppedReasons.Select(kv => string.Create(Inv, $"{kv.Key} {kv.Value:N0}"))).Append(')');
        }

        sb.AppendLine();
    }

    private static void Verdicts(StringBuilder sb, EvidenceDocument document, string outPath)
    {
        foreach (var v in document.Verdicts)
        {
            var value = v.Value is { } x ? CliRunner.F(x) : "-";
            sb.Append(Inv, $"  {v.Status.ToUpperInvariant(),-16} {v.Metric}{(v.Method is "to_overall" ? ":to_overall" : string.Empty)}{(v.Agg is "mean" ? ":mean" : string.Empty)} [{v.Grouping ?? "dataset"}] {value} {v.Operator} {CliRunner.F(v.Threshold)}");
            sb.AppendLine();
        }

        var breaches = document.Verdicts.Count(v => v.Status == "breach");
        sb.Append(Inv, $"Result: {(document.Breach ? "BREACH" : "no breach")} ({breaches} of {document.Verdicts.Count} verdicts breached) → {outPath}");
        sb.AppendLine();
    }
}
