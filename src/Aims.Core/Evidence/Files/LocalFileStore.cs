using System.Buffers;
using System.Security.Cryptography;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// <see cref="IFileStore"/> on the local disk (or a shared volume all web nodes mount): files at
/// <c>&lt;root&gt;/&lt;aa&gt;/&lt;bb&gt;/&lt;sha256&gt;</c>. An upload is written to <c>&lt;root&gt;/uploading/</c> while it is
/// hashed, checked, and only then renamed into place, so a reader never sees a partial or refused file.
/// </summary>
public sealed class LocalFileStore : IFileStore
{
    public const string UploadFolderName = "uploading";

    private const int CopyBufferBytes = 81920;

    // An upload older than this in the upload folder belongs to a process that died mid-upload (a live one finishes or
    // fails within its request); it is removed the first time this store writes.
    private static readonly TimeSpan AbandonedUploadAge = TimeSpan.FromDays(1);

    private readonly string _uploads;
    private readonly TimeProvider _time;
    private int _abandonedUploadsSwept;

    public LocalFileStore(FileStoreSettings settings, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Root = Path.GetFullPath(settings.Root);
        _uploads = Path.Combine(Root, UploadFolderName);
        _time = timeProvider;
    }

    /// <summary>The folder holding the files.</summary>
    public string Root { get; }

    public async Task<StoredFile> PutAsync(Stream content, string? declaredFileName, long maxBytes, CancellationToken cancellationToken)
    {
        await using var staged = await StageAsync(content, declaredFileName, maxBytes, cancellationToken);
        await staged.CommitAsync(cancellationToken);
        return staged.File;
    }

    public async Task<IStagedFile> StageAsync(Stream content, string? declaredFileName, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        Directory.CreateDirectory(_uploads);
        SweepAbandonedUploadsOnce();
        var temp = Path.Combine(_uploads, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            var (sha256, length, head) = await CopyHashingAsync(content, temp, maxBytes, cancellationToken);
            var kind = await FileContentSniffer.DetectAsync(temp, head, length, declaredFileName, cancellationToken);
            return new StagedFile(this, temp, new StoredFile(sha256, length, kind));
        }
        catch
        {
            DeleteIfPresent(temp);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = ContentAddress.PathUnder(Root, sha256);
        try
        {
            // FileShare.Delete: a concurrent put of the same bytes may rename an identical file over this one.
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete,
                CopyBufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StoredFileNotFoundException(sha256);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(ContentAddress.PathUnder(Root, sha256)));

    private static async Task<(string Sha256, long Length, ReadOnlyMemory<byte> Head)> CopyHashingAsync(
        Stream content, string temp, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[FileContentSniffer.HeadLength];
        var headLength = 0;
        long total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferBytes);
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0,
                Options = FileOptions.Asynchronous,
            };
            await using var file = new FileStream(temp, options);
            while (true)
            {
                // Never ask for more than one byte past the limit: that byte proves the upload is too long, and a
                // client sending far more is not read (nor its bytes written) beyond it.
                var remaining = maxBytes - total;
                var want = remaining >= buffer.Length ? buffer.Length : (int)remaining + 1;
                var read = await content.ReadAsync(buffer.AsMemory(0, want), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > maxBytes)
                {
                    throw new FileTooLargeException(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                    headLength += take;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            // On disk before it gets its permanent name: a crash must not leave a short file under a full file's hash.
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total, head.AsMemory(0, headLength));
    }

    private static void Publish(string temp, string target, long length)
    {
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == length)
        {
            return; // the same bytes are already stored; the caller deletes the upload
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // rename(2) replaces atomically: two concurrent puts of the same content both succeed, each leaving an
        // identical complete file, and a reader never sees the name without the whole content behind it.
        File.Move(temp, target, overwrite: true);
    }

    private void SweepAbandonedUploadsOnce()
    {
        if (Interlocked.Exchange(ref _abandonedUploadsSwept, 1) == 1)
        {
            return;
        }

        var cutoff = _time.GetUtcNow().UtcDateTime - AbandonedUploadAge;
        foreach (var file in new DirectoryInfo(_uploads).EnumerateFiles("*.part"))
        {
            if (file.LastWriteTimeUtc < cutoff)
            {
                DeleteIfPresent(file.FullName);
            }
        }
    }

    private static void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next sweep: another node may be removing the same abandoned upload.
        }
    }

    /// <summary>A checked upload in the upload folder; committing renames it into place, disposing removes what is left.</summary>
    private sealed class StagedFile(LocalFileStore store, string temp, StoredFile file) : IStagedFile
    {
        private bool _committed;

        public StoredFile File { get; } = file;

        public Stream OpenRead() => new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read,
            CopyBufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_committed)
            {
                throw new InvalidOperationException("The staged file was already committed.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            Publish(temp, ContentAddress.PathUnder(store.Root, File.Sha256), File.Length);
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            // After a commit the temp name is gone (renamed) or still there when identical bytes were already stored.
            DeleteIfPresent(temp);
            return ValueTask.CompletedTask;
        }
    }
}
