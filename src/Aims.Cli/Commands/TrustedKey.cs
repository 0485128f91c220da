using Aims.Core.Ledger;

namespace Aims.Cli.Commands;

/// <summary>
/// Chooses the public key verification trusts. An auditor pins it (<c>--public-key</c>, or <c>--key-id</c> with the
/// fingerprint they noted); without that, verify uses the key this installation is configured with (or the one an
/// export carries) and says it is not pinned — an attacker who replaced the key files would pass that check.
/// </summary>
internal static class TrustedKey
{
    public const string KeyChain = "*";

    public static LedgerSigningKey? Resolve(CliContext context, VerifyRequest request, string? embeddedPem,
        out LedgerProblem? problem, out string note)
    {
        problem = null;
        LedgerSigningKey? key;
        string origin;
        if (request.PublicKey is { } path)
        {
            if (!File.Exists(path))
            {
                problem = new LedgerProblem(KeyChain, $"the public key file {path} does not exist");
                note = "";
                return null;
            }

            key = LedgerSigningKey.FromPublicPem(File.ReadAllText(path), path);
            origin = "--public-key " + path;
        }
        else if (embeddedPem is not null)
        {
            key = LedgerSigningKey.FromPublicPem(embeddedPem, "the export file");
            origin = "the export file";
        }
        else
        {
            var keys = context.LedgerKeys;
            key = keys.LoadPublic();
            origin = keys.PrivateKeyPem is not null ? "Aims:Ledger:SigningKeyPem" : keys.PublicKeyPath;
            if (key is null)
            {
                note = $"no public key found ({keys.PublicKeyPath})";
                if (request.KeyId is not null)
                {
                    problem = new LedgerProblem(KeyChain, $"no public key was found to compare with --key-id {request.KeyId} (pass --public-key)");
                }

                return null;
            }
        }

        if (request.KeyId is { } expected)
        {
            if (!key.KeyId.StartsWith(expected, StringComparison.Ordinal))
            {
                problem = new LedgerProblem(KeyChain, $"the public key from {origin} has fingerprint {key.KeyId}, not {expected} (the signing key was replaced)");
            }

            note = $"key {LedgerCheckpointVerifier.Abbreviate(key.KeyId)} pinned by --key-id";
        }
        else
        {
            note = request.PublicKey is not null
                ? $"key {LedgerCheckpointVerifier.Abbreviate(key.KeyId)} pinned by --public-key"
                : $"key {key.KeyId} from {origin}, NOT pinned: compare it with the fingerprint you noted, or pass --key-id";
        }

        return key;
    }
}
