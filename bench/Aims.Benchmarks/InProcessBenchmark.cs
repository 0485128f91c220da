using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Aims.Evidence.Drift;
using Aims.Evidence.Fairness;
using Aims.Evidence.Input;

namespace Aims.Evidence.Benchmarks;

/// <summary>
/// Times the engine in-process (no process start, JIT warmed by a first run) so the end-to-end CLI figures can be split
/// into start-up cost and compute cost.
/// </summary>
internal static class InProcessBenchmark
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "fairness or drift" };
        var input = new Option<string>("--input") { Description = "fairness input / drift reference", Required = true };
        var current = new Option<string?>("--current") { Description = "drift current" };
        var columns = new Option<string?>("--columns") { Description = "drift columns, comma-separated" };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 5 };
        var bootstrap = new Option<int>("--bootstrap") { DefaultValueFactory = _ => 200 };
        var command = new Command("inproc", "Time the engine in-process (first run = warm-up).") { kind, input, current, columns, runs, bootstrap };
        command.SetAction(async (parse, ct) =>
        {
            var times = new List<double>();
            for (var i = 0; i <= parse.GetValue(runs); i++)
            {
                var sw = Stopwatch.StartNew();
                if (parse.GetValue(kind) == "drift")
                {
                    var cols = parse.GetValue(columns)?.Split(',');
                    await DriftEvidence.RunAsync(parse.GetValue(input)!, parse.GetValue(current)!, cols, null, ',', false, new DriftOptions(), null, ct);
                }
                else
                {
                    var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["sex", "age_band"] };
                    await FairnessEvidence.RunAsync(parse.GetValue(input)!, map, new FairnessOptions { BootstrapIterations = parse.GetValue(bootstrap) }, null, ct);
                }

                sw.Stop();
                if (i > 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i}{(i == 0 ? " (warm-up)" : string.Empty)}: {sw.Elapsed.TotalMilliseconds:F1} ms"));
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms over {times.Count} warm runs; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB"));
            return 0;
        });
        return command;
    }
}
