using Aims.Core.Evidence.Files;

namespace Aims.Web.Tests.Evidence;

/// <summary>A <see cref="LocalFileStore"/> in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempFileStore : IDisposable
{
    public TempFileStore(long maxUploadBytes = FileStoreSettings.DefaultMaxUploadBytes)
    {
        Settings = new FileStoreSettings(Path.Combine(Path.GetTempPath(), "aims-files-" + Guid.NewGuid().ToString("N")), maxUploadBytes);
        Store = new LocalFileStore(Settings, TimeProvider.System);
    }

    public FileStoreSettings Settings { get; }

    public LocalFileStore Store { get; }

    public Task<StoredFile> PutAsync(byte[] content, string? declaredName = null) =>
        PutAsync(new MemoryStream(content), declaredName);

    public async Task<StoredFile> PutAsync(Stream content, string? declaredName = null)
    {
        await using (content)
        {
            return await Store.PutAsync(content, declaredName, Settings.MaxUploadBytes, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Every stored file (outside the upload folder), as paths relative to the root.</summary>
    public IReadOnlyList<string> StoredFiles() => Files().Where(f => !f.StartsWith(LocalFileStore.UploadFolderName + "/", StringComparison.Ordinal)).ToList();

    /// <summary>Whatever is left in the upload folder (should be nothing once a put has returned or thrown).</summary>
    public IReadOnlyList<string> LeftoverUploads() => Files().Where(f => f.StartsWith(LocalFileStore.UploadFolderName + "/", StringComparison.Ordinal)).ToList();

    public async Task<byte[]> ReadAsync(string sha256)
    {
        await using var stream = await Store.OpenReadAsync(sha256, TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }

    private List<string> Files() => Directory.Exists(Store.Root)
        ? Directory.EnumerateFiles(Store.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Store.Root, f).Replace('\\', '/')).ToList()
        : [];

    public void Dispose()
    {
        if (Directory.Exists(Store.Root))
        {
            Directory.Delete(Store.Root, recursive: true);
        }
    }
}
