namespace Aims.Evidence.Tests;

/// <summary>A scratch directory per test class, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("aims-evidence-tests-").FullName;

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
