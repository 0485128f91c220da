using System.CommandLine;
using System.Globalization;
using Aims.Evidence.Generation;

namespace Aims.Evidence.Cli;

/// <summary><c>evidence generate</c>: synthetic prediction logs with chosen bias and drift (demo and benchmarks).</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var rows = new Option<long>("--rows") { Description = "Rows to write.", DefaultValueFactory = _ => 10_000 };
        var format = new Option<string>("--format") { Description = "csv or parquet.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var bias = new Option<double>("--bias") { Description = "Logit penalty for sex=F (half for age_band=60+); 0 = unbiased.", DefaultValueFactory = _ => 0 };
        var drift = new Option<double>("--drift") { Description = "Feature mean shift in standard deviations (and older age mix).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var features = new Option<int>("--features") { Description = "Numeric feature columns f1..fN.", DefaultValueFactory = _ => 5 };
        var missing = new Option<double>("--missing-rate") { Description = "Share of rows with a missing sex value.", DefaultValueFactory = _ => 0 };
        var rowGroup = new Option<int>("--row-group-size") { Description = "Rows per Parquet row group (and CSV batch).", DefaultValueFactory = _ => new GeneratorOptions().RowGroupSize };
        var output = new Option<string>("--out") { Description = "Output file.", Required = true };
        var command = new Command("generate", "Write a synthetic prediction log (CSV or Parquet) with chosen bias and drift.")
        {
            rows, format, bias, drift, seed, features, missing, rowGroup, output,
        };
        command.SetAction(CliRunner.Guard(async (parse, stdout, _, ct) =>
        {
            var options = new GeneratorOptions
            {
                Rows = parse.GetValue(rows),
                Format = parse.GetValue(format)!,
                Bias = parse.GetValue(bias),
                Drift = parse.GetValue(drift),
                Seed = parse.GetValue(seed),
                Features = parse.GetValue(features),
                MissingRate = parse.GetValue(missing),
                RowGroupSize = parse.GetValue(rowGroup),
            };
            var path = parse.GetValue(output)!;
            await SyntheticLogGenerator.WriteAsync(path, options, ct);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {options.Rows:N0} rows ({options.Format}, bias {options.Bias}, drift {options.Drift}, seed {options.Seed}) → {path}"));
            return CliRunner.Ok;
        }));
        return command;
    }
}
