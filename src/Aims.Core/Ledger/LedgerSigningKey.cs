using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Ledger;

/// <summary>
/// The ECDSA P-256 key that signs ledger checkpoints, kept as PEM files in the data folder's <c>keys/</c> (outside the
/// database on purpose). The private key is created on first use with owner-only permissions; verifiers need only
/// the public key (<c>ledger-signing.pub.pem</c>), which can be published or handed to an auditor.
/// </summary>
public sealed class LedgerSigningKey : IDisposable
{
    public const string PrivateKeyFile = "ledger-signing.pem";
    public const string PublicKeyFile = "ledger-signing.pub.pem";

    private readonly ECDsa _key;

    private LedgerSigningKey(ECDsa key, bool canSign)
    {
        _key = key;
        CanSign = canSign;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    public string KeyId { get; }
    public bool CanSign { get; }

    /// <summary>Loads the signing key from <paramref name="keysDirectory"/>, creating it on first use.</summary>
    public static LedgerSigningKey LoadOrCreate(string keysDirectory)
    {
        Directory.CreateDirectory(keysDirectory);
        var privatePath = Path.Combine(keysDirectory, PrivateKeyFile);
        var key = ECDsa.Create();
        if (File.Exists(privatePath))
        {
            key.ImportFromPem(File.ReadAllText(privatePath));
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            File.WriteAllText(privatePath, key.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.WriteAllText(Path.Combine(keysDirectory, PublicKeyFile), key.ExportSubjectPublicKeyInfoPem());
        }

        return new LedgerSigningKey(key, canSign: true);
    }

    /// <summary>Loads only the public key (for offline verification); null when there is none.</summary>
    public static LedgerSigningKey? LoadPublic(string keysDirectory)
    {
        var publicPath = Path.Combine(keysDirectory, PublicKeyFile);
        if (!File.Exists(publicPath))
        {
            return null;
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(publicPath));
        return new LedgerSigningKey(key, canSign: false);
    }

    public string Sign(string text)
    {
        if (!CanSign)
        {
            throw new InvalidOperationException("Only the public ledger key is loaded; it cannot sign.");
        }

        return Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256));
    }

    public bool Verify(string text, string signature)
    {
        try
        {
            return _key.VerifyData(Encoding.UTF8.GetBytes(text), Convert.FromBase64String(signature), HashAlgorithmName.SHA256);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public void Dispose() => _key.Dispose();
}
