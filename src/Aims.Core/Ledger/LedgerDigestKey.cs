using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Aims.Core.Ledger;

/// <summary>
/// The secret behind the keyed digests (HMAC-SHA256) the ledger keeps of secret fields (password hashes, security
/// stamps, token hashes, authenticator keys). A plain hash of a token hash would let anyone recompute it, and
/// "(redacted)" would let a swapped secret go unseen; a digest under a key kept outside the database lets the verifier
/// recompute the live value's digest while someone holding only the database cannot forge one.
/// <para>
/// Found, in order: <c>Aims:Ledger:DigestKey</c> (base64, e.g. the environment variable <c>Aims__Ledger__DigestKey</c>
/// from a mounted secret), the file at <c>Aims:Ledger:DigestKeyPath</c>, or <c>&lt;data folder&gt;/keys/ledger-digest.key</c>
/// (created with owner-only permissions on first use, next to the signing key).
/// </para>
/// </summary>
public sealed class LedgerDigestKey
{
    public const string FileName = "ledger-digest.key";
    public const string DigestPrefix = "hmac-sha256:";
    private const int KeyBytes = 32;

    private readonly byte[] _key;

    private LedgerDigestKey(byte[] key, string source)
    {
        _key = key;
        Source = source;
    }

    /// <summary>Where the key came from, for messages (never the key itself).</summary>
    public string Source { get; }

    public static LedgerDigestKey FromBase64(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The ledger digest key from {source} is not base64.", ex);
        }

        if (key.Length < KeyBytes)
        {
            throw new InvalidOperationException($"The ledger digest key from {source} is shorter than {KeyBytes} bytes.");
        }

        return new LedgerDigestKey(key, source);
    }

    /// <summary>Reads the key file; null when it does not exist.</summary>
    public static LedgerDigestKey? Load(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? FromBase64(File.ReadAllText(full), full) : null;
    }

    /// <summary>Reads the key file, creating a fresh random key there on first use.</summary>
    public static LedgerDigestKey LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        if (Load(full) is { } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        // CreateNew: two processes starting together must not both write a key; the loser reads the winner's.
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
        }
        catch (IOException) when (File.Exists(full))
        {
            return Load(full)!;
        }

        return new LedgerDigestKey(key, full);
    }

    /// <summary>The configured key path: <c>Aims:Ledger:DigestKeyPath</c>, else beside the signing key.</summary>
    public static string ConfiguredPath(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Aims:Ledger:DigestKeyPath"] is { Length: > 0 } path
            ? Path.GetFullPath(path)
            : Path.Combine(dataDirectory, "keys", FileName);
    }

    /// <summary>The key a writer uses: from configuration or the environment, else the key file (created if missing).</summary>
    public static LedgerDigestKey Resolve(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Aims:Ledger:DigestKey"] is { Length: > 0 } inline
            ? FromBase64(inline, "Aims:Ledger:DigestKey")
            : LoadOrCreate(ConfiguredPath(configuration, dataDirectory));
    }

    /// <summary>The key a verifier uses: like <see cref="Resolve"/> but never creates one (null when none is found).</summary>
    public static LedgerDigestKey? Find(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Aims:Ledger:DigestKey"] is { Length: > 0 } inline
            ? FromBase64(inline, "Aims:Ledger:DigestKey")
            : Load(ConfiguredPath(configuration, dataDirectory));
    }

    /// <summary>"hmac-sha256:" and the lower-case hex HMAC of the field name and value (the name keeps equal values of
    /// different fields from sharing a digest).</summary>
    public string Digest(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(field + "\n" + value));
        return DigestPrefix + Convert.ToHexStringLower(mac);
    }
}
