namespace Aims.Web.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder (docs checked against the code).</summary>
public static class RepositoryFiles
{
    public static string Root() => FindRoot(AppContext.BaseDirectory) ?? FindRoot(ThisSourceDirectory())
        ?? throw new InvalidOperationException("OpenAims.slnx not found above " + AppContext.BaseDirectory);

    // Builds with a private --artifacts-path put the binaries outside the checkout; the source path still knows it.
    private static string ThisSourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path) ?? "";

    private static string? FindRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenAims.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root(), relativePath));
}
