using System.CommandLine;
using System.Globalization;
using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;
using Aims.Evidence.Input;

namespace Aims.Evidence.Cli;

/// <summary><c>evidence fairness</c>: fairness metrics of a prediction log.</summary>
internal static class FairnessCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Prediction log (CSV or Parquet).", Required = true };
        var prediction = new Option<string?>("--prediction") { Description = "Predicted label column." };
        var label = new Option<string>("--label") { Description = "True label column.", Required = true };
        var sensitive = new Option<string[]>("--sensitive") { Description = "Sensitive attribute column(s), comma-separated.", Required = true, AllowMultipleArgumentsPerToken = true };
        var weight = new Option<string?>("--weight") { Description = "Sample-weight column." };
        var score = new Option<string?>("--score") { Description = "Score column (with --score-threshold, used when --prediction is absent)." };
        var scoreThreshold = new Option<double?>("--score-threshold") { Description = "Prediction = score >= threshold." };
        var timestamp = new Option<string?>("--timestamp") { Description = "Timestamp column (checked to exist)." };
        var positive = new Option<string>("--positive") { Description = "Favourable value of label and prediction.", DefaultValueFactory = _ => "1" };
        var reference = new Option<string[]>("--reference-group") { Description = "Reference (privileged) group: attr=value, repeatable; a bare value applies to a single attribute. Default: largest group.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Result JSON file.", DefaultValueFactory = _ => "fairness.json" };
        var minGroup = new Option<int>("--min-group-size") { Description = "Groups with fewer rows are 'insufficientData'.", DefaultValueFactory = _ => 30 };
        var missing = new Option<string>("--missing-policy") { Description = "Missing sensitive value: group ('(missing)' group), drop (Fairlearn: only in overall), exclude (drop rows).", DefaultValueFactory = _ => "group" };
        missing.AcceptOnlyFromAmong("group", "drop", "exclude");
        var maxGroups = new Option<int>("--max-groups") { Description = "Refuse attributes with more distinct values.", DefaultValueFactory = _ => 1000 };
        var skipBad = new Option<bool>("--skip-bad-rows") { Description = "Skip and count malformed CSV rows instead of failing." };
        var delimiter = new Option<string>("--delimiter") { Description = "CSV delimiter (single character or 'tab').", DefaultValueFactory = _ => "," };
        var threshold = new Option<string[]>("--threshold") { Description = "[convention.]metric[:method][:agg]=value, repeatable. Default: demographicParityDifference=0.1, demographicParityRatio=0.8, equalizedOddsDifference=0.1.", AllowMultipleArgumentsPerToken = true };
        var failOnBreach = new Option<bool>("--fail-on-breach") { Description = "Exit with code 3 when a verdict is 'breach'." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap replicates for confidence intervals (0 = off).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Bootstrap seed.", DefaultValueFactory = _ => 42 };
        var ciLevel = new Option<double>("--ci-level") { Description = "Confidence level.", DefaultValueFactory = _ => 0.95 };
        var alpha = new Option<double>("--alpha") { Description = "Generalized entropy index alpha.", DefaultValueFactory = _ => 2 };
        var tau = new Option<double>("--tau") { Description = "Aequitas parity band [tau, 1/tau].", DefaultValueFactory = _ => 0.8 };

        var command = new Command("fairness", "Fairness metrics (Fairlearn, AIF360, Aequitas conventions) of a prediction log.")
        {
            input, prediction, label, sensitive, weight, score, scoreThreshold, timestamp, positive, reference, output, minGroup,
            missing, maxGroups, skipBad, delimiter, threshold, failOnBreach, bootstrap, seed, ciLevel, alpha, tau,
        };

        command.SetAction(CliRunner.Guard(async (parse, stdout, stderr, ct) =>
        {
            var sensitiveColumns = CliRunner.SplitList(parse.GetValue(sensitive));
            var policy = parse.GetValue(missing) switch
            {
                "drop" => MissingValuePolicy.Drop,
                "exclude" => MissingValuePolicy.Exclude,
                _ => MissingValuePolicy.Group,
            };
            var map = new FairnessColumnMap
            {
                Prediction = parse.GetValue(prediction),
                Label = parse.GetValue(label)!,
                Score = parse.GetValue(score),
                ScoreThreshold = parse.GetValue(scoreThreshold),
                Weight = parse.GetValue(weight),
                Sensitive = sensitiveColumns,
                Timestamp = parse.GetValue(timestamp),
                Positive = parse.GetValue(positive)!,
                Delimiter = CliRunner.ParseDelimiter(parse.GetValue(delimiter)!),
                SkipBadRows = parse.GetValue(skipBad),
                MaxGroups = Positive(parse.GetValue(maxGroups), "--max-groups"),
                MissingPolicy = policy,
            };
            var thresholds = (parse.GetValue(threshold) ?? []).Select(FairnessThreshold.Parse).ToArray();
            var level = parse.GetValue(ciLevel);
            if (!(level > 0 && level < 1))
            {
                throw new EvidenceInputException("--ci-level must be between 0 and 1.");
            }

            var tauValue = parse.GetValue(tau);
            if (!(tauValue > 0 && tauValue <= 1))
            {
                throw new EvidenceInputException("--tau must be in (0, 1].");
            }

            var options = new FairnessOptions
            {
                MinGroupSize = Math.Max(0, parse.GetValue(minGroup)),
                MissingPolicy = policy,
                ReferenceGroups = ParseReferences(parse.GetValue(reference), sensitiveColumns),
                AequitasTau = tauValue,
                EntropyAlpha = parse.GetValue(alpha),
                BootstrapIterations = Math.Max(0, parse.GetValue(bootstrap)),
                BootstrapSeed = parse.GetValue(seed),
                ConfidenceLevel = level,
                Thresholds = thresholds.Length > 0 ? thresholds : FairnessThreshold.Defaults,
            };

            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output)!;
            var progress = CliRunner.Progress(stderr, path);
            var document = await FairnessEvidence.RunAsync(path, map, options, progress, ct);
            CliRunner.EndProgress(stderr, progress);
            await EvidenceWriter.WriteAtomicAsync(document, outPath, ct);
            EvidenceTrace.Mark("document written");
            await Summary.WriteFairnessAsync(stdout, document, outPath);
            return parse.GetValue(failOnBreach) && document.Breach ? CliRunner.Breach : CliRunner.Ok;
        }));
        return command;
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new EvidenceInputException($"{option} must be positive.");

    private static Dictionary<string, string> ParseReferences(string[]? values, IReadOnlyList<string> attributes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                if (attributes.Count != 1)
                {
                    throw new EvidenceInputException($"--reference-group '{value}': with several sensitive attributes write attr=value.");
                }

                result[attributes[0]] = value;
                continue;
            }

            var attribute = value[..eq];
            if (!attributes.Contains(attribute, StringComparer.Ordinal))
            {
                throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture, $"--reference-group '{value}': '{attribute}' is not one of the sensitive attributes ({string.Join(", ", attributes)})."));
            }

            result[attribute] = value[(eq + 1)..];
        }

        return result;
    }
}
