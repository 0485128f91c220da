using System.CommandLine;
using System.Globalization;

namespace Aims.Evidence.Cli;

/// <summary>
/// Wraps command bodies so that every failure becomes a one-line message and an exit code, never a stack trace:
/// 2 for bad input, 4 for an unexpected internal error, 130 when cancelled.
/// </summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int InputError = 2;
    public const int Breach = 3;
    public const int InternalError = 4;

    public static Func<ParseResult, CancellationToken, Task<int>> Guard(Func<ParseResult, TextWriter, TextWriter, CancellationToken, Task<int>> body) =>
        async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                return await body(parse, output, error, ct);
            }
            catch (EvidenceInputException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message);
                return InputError;
            }
            catch (OperationCanceledException)
            {
                await error.WriteLineAsync("cancelled; no result file written.");
                return 130;
            }
#pragma warning disable CA1031 // The CLI's contract is "never a stack trace": every other failure is reported as a message.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                await error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message} (no result file written; please report this).");
                return InternalError;
            }
        };

    /// <summary>Row progress on stderr, only for an interactive terminal and big files, so logs and tests stay clean.</summary>
    public static Action<long>? Progress(TextWriter error, string path)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected || !File.Exists(path) || new FileInfo(path).Length < (64L << 20))
        {
            return null;
        }

        var gate = new object();
        return rows =>
        {
            lock (gate)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {rows:N0} rows read…"));
            }
        };
    }

    public static void EndProgress(TextWriter error, Action<long>? progress)
    {
        if (progress is not null)
        {
            error.Write("\r" + new string(' ', 40) + "\r");
        }
    }

    public static string F(double value) =>
        double.IsNaN(value) ? "NaN" : value.ToString("0.####", CultureInfo.InvariantCulture);

    public static char ParseDelimiter(string text) => text switch
    {
        "\\t" or "tab" or "\t" => '\t',
        _ when text.Length == 1 => text[0],
        _ => throw new EvidenceInputException($"Invalid --delimiter '{text}': give a single character (or 'tab')."),
    };

    public static IReadOnlyList<string> SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
}
