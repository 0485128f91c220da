using System.CommandLine;
using System.Globalization;
using Aims.Evidence.Documents;
using Aims.Evidence.Drift;

namespace Aims.Evidence.Cli;

/// <summary><c>evidence drift</c>: Evidently-compatible drift between a reference and a current file.</summary>
internal static class DriftCommand
{
    private static readonly Dictionary<string, DriftMethod> Methods = new(StringComparer.Ordinal)
    {
        ["ks"] = DriftMethod.KolmogorovSmirnov,
        ["wasserstein"] = DriftMethod.WassersteinNormed,
        ["chisquare"] = DriftMethod.ChiSquare,
        ["z"] = DriftMethod.ZTest,
        ["jensenshannon"] = DriftMethod.JensenShannon,
        ["psi"] = DriftMethod.Psi,
        ["kl_div"] = DriftMethod.KullbackLeibler,
        ["hellinger"] = DriftMethod.Hellinger,
        ["psi_quantile"] = DriftMethod.PsiQuantile,
    };

    public static Command Create()
    {
        var reference = new Option<string>("--reference") { Description = "Reference data (CSV or Parquet).", Required = true };
        var current = new Option<string>("--current") { Description = "Current data (CSV or Parquet).", Required = true };
        var columns = new Option<string[]>("--columns") { Description = "Columns to compare, comma-separated (default: all common columns).", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Columns to leave out when --columns is not given (e.g. timestamp, id).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Result JSON file.", DefaultValueFactory = _ => "drift.json" };
        var failOnBreach = new Option<bool>("--fail-on-breach") { Description = "Exit with code 3 on dataset drift." };
        var share = new Option<double>("--drift-share") { Description = "Dataset drift when drifted/tested >= share.", DefaultValueFactory = _ => 0.5 };
        var method = new Option<string?>("--stattest") { Description = "Method for every column: ks, wasserstein, chisquare, z, jensenshannon, psi, kl_div, hellinger, psi_quantile." };
        var threshold = new Option<double?>("--stattest-threshold") { Description = "Threshold for every column." };
        var columnMethod = new Option<string[]>("--column-stattest") { Description = "Per-column method: col=method, repeatable.", AllowMultipleArgumentsPerToken = true };
        var columnThreshold = new Option<string[]>("--column-threshold") { Description = "Per-column threshold: col=value, repeatable.", AllowMultipleArgumentsPerToken = true };
        var psiBins = new Option<int>("--psi-bins") { Description = "Reference-quantile bins for psi_quantile.", DefaultValueFactory = _ => 10 };
        var psiEpsilon = new Option<double>("--psi-epsilon") { Description = "Proportion used for empty psi_quantile bins.", DefaultValueFactory = _ => 1e-4 };
        var noExtra = new Option<bool>("--no-extra-metrics") { Description = "Only the deciding test per column." };
        var delimiter = new Option<string>("--delimiter") { Description = "CSV delimiter.", DefaultValueFactory = _ => "," };
        var skipBad = new Option<bool>("--skip-bad-rows") { Description = "Skip malformed CSV rows." };

        var command = new Command("drift", "Data drift between reference and current data (Evidently 0.7.21 semantics).")
        {
            reference, current, columns, exclude, output, failOnBreach, share, method, threshold, columnMethod, columnThreshold,
            psiBins, psiEpsilon, noExtra, delimiter, skipBad,
        };

        command.SetAction(CliRunner.Guard(async (parse, stdout, stderr, ct) =>
        {
            var perColumn = new Dictionary<string, DriftColumnOverride>(StringComparer.Ordinal);
            foreach (var (col, value) in Pairs(parse.GetValue(columnMethod), "--column-stattest"))
            {
                perColumn[col] = (perColumn.GetValueOrDefault(col) ?? new DriftColumnOverride()) with { Method = ParseMethod(value) };
            }

            foreach (var (col, value) in Pairs(parse.GetValue(columnThreshold), "--column-threshold"))
            {
                perColumn[col] = (perColumn.GetValueOrDefault(col) ?? new DriftColumnOverride()) with { Threshold = ParseNumber(value, "--column-threshold") };
            }

            var globalMethod = parse.GetValue(method);
            var globalThreshold = parse.GetValue(threshold);
            var options = new DriftOptions
            {
                DriftShare = parse.GetValue(share),
                Global = globalMethod is null && globalThreshold is null ? null : new DriftColumnOverride(globalMethod is null ? null : ParseMethod(globalMethod), globalThreshold),
                PerColumn = perColumn,
                PsiBins = parse.GetValue(psiBins),
                PsiEpsilon = parse.GetValue(psiEpsilon),
                ComputeExtraMetrics = !parse.GetValue(noExtra),
            };
            var refPath = parse.GetValue(reference)!;
            var outPath = parse.GetValue(output)!;
            var progress = CliRunner.Progress(stderr, refPath);
            var document = await DriftEvidence.RunAsync(
                refPath,
                parse.GetValue(current)!,
                CliRunner.SplitList(parse.GetValue(columns)),
                CliRunner.SplitList(parse.GetValue(exclude)),
                CliRunner.ParseDelimiter(parse.GetValue(delimiter)!),
                parse.GetValue(skipBad),
                options,
                progress,
                ct);
            CliRunner.EndProgress(stderr, progress);
            await EvidenceWriter.WriteAtomicAsync(document, outPath, ct);
            await Summary.WriteDriftAsync(stdout, document, outPath);
            return parse.GetValue(failOnBreach) && document.Breach ? CliRunner.Breach : CliRunner.Ok;
        }));
        return command;
    }

    private static DriftMethod ParseMethod(string name) =>
        Methods.TryGetValue(name, out var m) ? m : throw new EvidenceInputException($"Unknown drift method '{name}'. Known: {string.Join(", ", Methods.Keys)}.");

    private static double ParseNumber(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
            : throw new EvidenceInputException($"{option}: '{text}' is not a number.");

    private static IEnumerable<(string Column, string Value)> Pairs(string[]? values, string option)
    {
        foreach (var v in CliRunner.SplitList(values))
        {
            var eq = v.LastIndexOf('=');
            if (eq <= 0)
            {
                throw new EvidenceInputException($"{option}: expected column=value, got '{v}'.");
            }

            yield return (v[..eq], v[(eq + 1)..]);
        }
    }
}
