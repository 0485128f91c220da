namespace Aims.Web.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder (docs checked against the code).</summary>
public static class RepositoryFiles
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenAims.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OpenAims.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root(), relativePath));
}
