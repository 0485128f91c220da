using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Documents;

/// <summary>
/// The rules of a version's Markdown body: its size limit and the hash that identifies it. The hash is SHA-256 over the
/// body's UTF-8 bytes exactly as stored (no normalisation of line endings or white space), written as 64 lower-case
/// hex digits, so anyone can recompute it from an export with <c>sha256sum</c>.
/// </summary>
public static class DocumentContent
{
    /// <summary>1 MiB of text: the largest body, counted in UTF-16 code units like every text limit (1 048 576).</summary>
    public const int MaxBodyLength = 1024 * 1024;

    public const int ChangeSummaryMaxLength = 2_000;

    public static string Sha256(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
    }
}
