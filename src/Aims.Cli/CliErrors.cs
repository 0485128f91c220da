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
                        error.WriteLine($"error: --{field}: {message}");
                    }
                }

                return Usage;
            case NotFoundException or InvalidOperationException or HttpRequestException or CliException:
                error.WriteLine($"error: {exception.Message}");
                return Failed;
            case OperationCanceledException:
                error.WriteLine("error: cancelled");
                return Failed;
            default:
                error.WriteLine($"error: {exception.GetType().Name}: {exception.Message}");
                return Failed;
        }
    }
}
