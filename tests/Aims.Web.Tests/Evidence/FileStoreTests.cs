using System.Security.Cryptography;
using Aims.Core.Bootstrap;
using Aims.Core.Evidence.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Evidence;

/// <summary>The content-addressed store: exact bytes back, one copy per content, the size limit, and safe names.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly TempFileStore _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_5_MB_upload_round_trips_byte_for_byte_under_its_SHA_256()
    {
        var content = PdfWithRandomBody(5 * 1024 * 1024);

        var stored = await _files.PutAsync(content, "scan.pdf");

        var expected = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Equal(new StoredFile(expected, content.Length, StoredFileKind.Pdf), stored);
        var read = await _files.ReadAsync(stored.Sha256);
        Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(read)));
        Assert.Equal(content, read);
        Assert.Equal([$"{expected[..2]}/{expected[2..4]}/{expected}"], _files.StoredFiles());
        Assert.True(await _files.Store.ExistsAsync(expected, TestContext.Current.CancellationToken));
        Assert.Empty(_files.LeftoverUploads());
    }

    [Fact]
    public async Task Identical_content_is_stored_once()
    {
        var content = PdfWithRandomBody(100_000);

        var first = await _files.PutAsync(content, "a.pdf");
        var second = await _files.PutAsync(content, "copy of a.pdf");

        Assert.Equal(first, second);
        Assert.Single(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_all_succeed_and_leave_one_complete_file()
    {
        var content = PdfWithRandomBody(1024 * 1024);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _files.PutAsync(content, "same.pdf"))));

        Assert.Single(results.Distinct());
        Assert.Single(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
        Assert.Equal(content, await _files.ReadAsync(results[0].Sha256));
    }

    [Fact]
    public async Task An_upload_of_exactly_the_limit_is_accepted()
    {
        var stored = await _files.PutAsync(new GeneratedStream(FileStoreSettings.DefaultMaxUploadBytes), "log.csv");

        Assert.Equal(52_428_800, stored.Length);
        Assert.Equal(StoredFileKind.Csv, stored.Kind);
        Assert.Single(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
    }

    [Fact]
    public async Task One_byte_over_the_limit_is_refused_and_leaves_nothing_behind()
    {
        var upload = new GeneratedStream(FileStoreSettings.DefaultMaxUploadBytes + 1);

        var refused = await Assert.ThrowsAsync<FileTooLargeException>(() => _files.PutAsync(upload, "log.csv"));

        Assert.Equal(52_428_800, refused.LimitBytes);
        Assert.Contains("52,428,800 bytes", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_files.StoredFiles());
        Assert.Empty(_files.LeftoverUploads());
    }

    [Fact]
    public async Task Reading_a_file_the_store_does_not_hold_says_so()
    {
        var absent = new string('a', 64);

        Assert.False(await _files.Store.ExistsAsync(absent, TestContext.Current.CancellationToken));
        var missing = await Assert.ThrowsAsync<StoredFileNotFoundException>(() => _files.Store.OpenReadAsync(absent, TestContext.Current.CancellationToken));
        Assert.Equal(absent, missing.Sha256);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678")]
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567890")]
    [InlineData("../def0123456789abcdef0123456789abcdef0123456789abcdef0123456789")]
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678g")]
    [InlineData("")]
    public async Task A_malformed_content_address_is_refused_before_any_path_is_built(string sha256)
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.False(ContentAddress.IsValid(sha256));
        await Assert.ThrowsAsync<ArgumentException>(() => _files.Store.OpenReadAsync(sha256, ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _files.Store.ExistsAsync(sha256, ct));
    }

    [Fact]
    public void The_store_defaults_to_the_data_folder_and_50_MB_and_reads_its_keys()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "aims-data");

        var defaults = FileStoreSettings.From(new ConfigurationBuilder().Build(), dataDir);
        var configured = FileStoreSettings.From(Configuration(("Aims:Files:Root", "/srv/evidence"), ("Aims:Files:MaxUploadBytes", "1048576")), dataDir);

        Assert.Equal(new FileStoreSettings(Path.Combine(dataDir, "files"), 52_428_800), defaults);
        Assert.Equal(new FileStoreSettings("/srv/evidence", 1_048_576), configured);
    }

    [Theory]
    [InlineData("50MB")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void A_size_limit_that_is_not_a_positive_byte_count_is_a_configuration_error(string limit)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            FileStoreSettings.From(Configuration(("Aims:Files:MaxUploadBytes", limit)), "/data"));

        Assert.Contains("Aims:Files:MaxUploadBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_registers_a_local_store_under_the_data_folder()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "aims-data-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddAimsCore(Configuration(("Aims:DataDir", dataDir)));
        using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<LocalFileStore>(provider.GetRequiredService<IFileStore>());

        Assert.Equal(Path.Combine(dataDir, "files"), store.Root);
        Assert.Equal(52_428_800, provider.GetRequiredService<FileStoreSettings>().MaxUploadBytes);
    }

    internal static byte[] PdfWithRandomBody(int length)
    {
        var content = new byte[length];
        Random.Shared.NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
