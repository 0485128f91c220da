using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Ledger;

/// <summary>
/// The ECDSA P-256 key that signs ledger checkpoints. Where it comes from is <see cref="LedgerKeySettings"/>'s
/// business; this type only signs, verifies and names the key by the fingerprint an auditor writes down
/// (<see cref="KeyId"/>: SHA-256 of the public key's SubjectPublicKeyInfo, hex).
/// </summary>
public sealed class LedgerSigningKey : IDisposable
{
    private readonly ECDsa _key;

    private LedgerSigningKey(ECDsa key, bool canSign)
    {
        _key = key;
        CanSign = canSign;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
    }

    public string KeyId { get; }
    public bool CanSign { get; }
    public string PublicKeyPem { get; }

    public static LedgerSigningKey Generate()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new LedgerSigningKey(key, canSign: true);
    }

    /// <summary>A private key (PKCS#8 or EC PEM); throws with a readable message when the text is no such key.</summary>
    public static LedgerSigningKey FromPrivatePem(string pem, string source)
    {
        var key = Import(pem, source);
        try
        {
            // A public-only PEM imports fine but cannot sign; find that out now rather than at the first checkpoint.
            key.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            key.Dispose();
            throw new InvalidOperationException($"The ledger signing key from {source} holds no private key.");
        }

        return new LedgerSigningKey(key, canSign: true);
    }

    public static LedgerSigningKey FromPublicPem(string pem, string source) => new(Import(pem, source), canSign: false);

    public string ExportPrivatePem() => _key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public half only, for handing to a verifier.</summary>
    public LedgerSigningKey PublicOnly() => FromPublicPem(PublicKeyPem, "the signing key");

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

    private static ECDsa Import(string pem, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch (ArgumentException)
        {
            key.Dispose();
            throw new InvalidOperationException($"The ledger key from {source} is not a PEM-encoded EC key.");
        }
    }
}
