using Aims.Core.Common;

namespace Aims.Cli;

/// <summary>Exit codes and the one place exceptions become readable messages (never stack traces).</summary>
public static class CliErrors
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static int Report(TextWriter error, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (exception)
        {
            case ValidationFailedException v:
                foreach (var (field, messages) in v.Errors)
                {
                    foreach (var message in messages)
                    {
                        error.WriteLine($"error: --{field}: {TerminalText.Escape(message)}");
                    }
                }

                return Usage;
            case NotFoundException or InvalidOperationException or HttpRequestException or CliException:
                error.WriteLine($"error: {EscapeLines(exception.Message)}");
                return Failed;
            case OperationCanceledException:
                error.WriteLine("error: cancelled");
                return Failed;
            default:
                error.WriteLine($"error: {exception.GetType().Name}: {EscapeLines(exception.Message)}");
                return Failed;
        }
    }

    /// <summary>Messages may span lines on purpose (one per invalid field); each line is escaped on its own.</summary>
    private static string EscapeLines(string message) =>
        string.Join(Environment.NewLine, message.Split('\n').Select(line => TerminalText.Escape(line.TrimEnd('\r'))));
}
