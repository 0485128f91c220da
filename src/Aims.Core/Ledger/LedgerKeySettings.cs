using Microsoft.Extensions.Configuration;

namespace Aims.Core.Ledger;

/// <summary>
/// Where the ledger signing key and the witness file live, read alike by the host and the CLI:
/// <c>Aims:Ledger:SigningKeyPem</c> (the private key's PEM text, e.g. from an environment variable or a mounted
/// secret; never written to disk by OpenAIMS), else <c>Aims:Ledger:SigningKeyPath</c> (a PEM file, created on first
/// use with owner-only permissions), else <c>&lt;data folder&gt;/keys/ledger-signing.pem</c>. The key belongs away from
/// the database and its backups: whoever holds both can rewrite history and sign it.
/// </summary>
public sealed record LedgerKeySettings(string? PrivateKeyPem, string PrivateKeyPath, string? WitnessPath)
{
    public const string PrivateKeyFileName = "ledger-signing.pem";

    public static LedgerKeySettings From(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var pem = configuration["Aims:Ledger:SigningKeyPem"];
        var path = configuration["Aims:Ledger:SigningKeyPath"];
        var witness = configuration["Aims:Ledger:WitnessPath"];
        return new LedgerKeySettings(
            string.IsNullOrWhiteSpace(pem) ? null : pem,
            Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? Path.Combine(dataDirectory, "keys", PrivateKeyFileName) : path),
            string.IsNullOrWhiteSpace(witness) ? null : Path.GetFullPath(witness));
    }

    /// <summary><c>x.pem</c> → <c>x.pub.pem</c>: the public half, written beside a file key for auditors to copy.</summary>
    public string PublicKeyPath => PrivateKeyPath.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
        ? string.Concat(PrivateKeyPath.AsSpan(0, PrivateKeyPath.Length - 4), ".pub.pem")
        : PrivateKeyPath + ".pub.pem";

    /// <summary>Human-readable origin for messages (never the key itself).</summary>
    public string Describe() => PrivateKeyPem is not null ? "Aims:Ledger:SigningKeyPem" : PrivateKeyPath;

    /// <summary>The signing key; a file key is generated on first use (its public half written beside it).</summary>
    public LedgerSigningKey LoadOrCreate()
    {
        if (PrivateKeyPem is not null)
        {
            return LedgerSigningKey.FromPrivatePem(PrivateKeyPem, "Aims:Ledger:SigningKeyPem");
        }

        if (File.Exists(PrivateKeyPath))
        {
            return LedgerSigningKey.FromPrivatePem(File.ReadAllText(PrivateKeyPath), PrivateKeyPath);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(PrivateKeyPath)!);
        var key = LedgerSigningKey.Generate();
        // Created exclusively with owner-only permissions, so a second process racing us cannot be handed a half file.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(PrivateKeyPath, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(key.ExportPrivatePem());
            }
        }
        catch (IOException) when (File.Exists(PrivateKeyPath))
        {
            key.Dispose();
            return LedgerSigningKey.FromPrivatePem(File.ReadAllText(PrivateKeyPath), PrivateKeyPath);
        }

        File.WriteAllText(PublicKeyPath, key.PublicKeyPem);
        return key;
    }

    /// <summary>
    /// The public key this installation signs with, for a verifier that was given none: the configured private key's
    /// public half when it is readable here, else the public file beside the key path; null when neither exists.
    /// </summary>
    public LedgerSigningKey? LoadPublic()
    {
        if (PrivateKeyPem is not null)
        {
            using var key = LedgerSigningKey.FromPrivatePem(PrivateKeyPem, "Aims:Ledger:SigningKeyPem");
            return key.PublicOnly();
        }

        if (File.Exists(PublicKeyPath))
        {
            return LedgerSigningKey.FromPublicPem(File.ReadAllText(PublicKeyPath), PublicKeyPath);
        }

        if (File.Exists(PrivateKeyPath))
        {
            using var key = LedgerSigningKey.FromPrivatePem(File.ReadAllText(PrivateKeyPath), PrivateKeyPath);
            return key.PublicOnly();
        }

        return null;
    }
}
