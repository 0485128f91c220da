using Microsoft.Extensions.Caching.Memory;

namespace Aims.Core.Documents.Rendering;

/// <summary>
/// Renders each distinct body once and keeps the result keyed by the body's SHA-256: a version's content never changes
/// once submitted, and rendering a megabyte can take seconds (see <see cref="MarkdownRenderer"/>). Concurrent requests
/// for the same body share one rendering. The cache holds at most about <see cref="BudgetCharacters"/> characters of
/// HTML; the least recently read entries go first. Register as a singleton.
/// </summary>
public sealed class RenderedMarkdownCache(MarkdownRenderer renderer) : IDisposable
{
    /// <summary>Roughly 128 MB of UTF-16 text.</summary>
    public const long BudgetCharacters = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = BudgetCharacters });

    /// <summary>The rendering of <paramref name="body"/>, whose SHA-256 is <paramref name="sha256"/>.</summary>
    /// <exception cref="Common.ValidationFailedException">The body cannot be displayed (nested too deeply); not cached.</exception>
    public RenderedMarkdown Get(string sha256, string body)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        ArgumentNullException.ThrowIfNull(body);
        var lazy = _cache.GetOrCreate(sha256, entry =>
        {
            // Sized by the body until rendered; the HTML is usually within a small factor of it.
            entry.Size = Math.Max(1, body.Length * 2L);
            return new Lazy<RenderedMarkdown>(() => renderer.Render(body), LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return lazy.Value;
        }
        catch
        {
            _cache.Remove(sha256);
            throw;
        }
    }

    public void Dispose() => _cache.Dispose();
}
