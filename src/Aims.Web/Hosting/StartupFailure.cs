namespace Aims.Web.Hosting;

/// <summary>Turns a start-up exception into one actionable sentence (the innermost cause usually says what is wrong).</summary>
public static class StartupFailure
{
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var hint = innermost switch
        {
            System.Net.Sockets.SocketException => " Is the database server running and reachable (ConnectionStrings:Aims)?",
            Npgsql.PostgresException { SqlState: "28P01" } => " Check the user name and password in ConnectionStrings:Aims.",
            Npgsql.PostgresException { SqlState: "3D000" } => " Create the database first (see docs/deployment.md).",
            UnauthorizedAccessException => " Check that the data folder (Aims:DataDir) is writable.",
            _ => "",
        };
        return innermost.Message.TrimEnd('.', ' ') + "." + hint;
    }
}
