using Aims.Core.Evidence.Files;

namespace Aims.Web.Tests.Evidence;

/// <summary>An oversized upload costs the server neither its size in memory nor more than the limit in reading.</summary>
[Collection(nameof(FileStoreMemoryTests))]
public sealed class FileStoreMemoryTests : IDisposable
{
    private readonly TempFileStore _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_200_MB_upload_is_refused_at_the_limit_without_being_held_in_memory()
    {
        var upload = new GeneratedStream(200L * 1024 * 1024);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await Assert.ThrowsAsync<FileTooLargeException>(() => _files.PutAsync(upload, "huge.csv"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(FileStoreSettings.DefaultMaxUploadBytes + 1, upload.BytesRead);
        Assert.True(allocated < 8L * 1024 * 1024, $"refusing the upload allocated {allocated:N0} bytes");
        Assert.Empty(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
    }
}
