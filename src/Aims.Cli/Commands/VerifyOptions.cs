using System.CommandLine;

namespace Aims.Cli.Commands;

/// <summary>The options of <c>aims ledger verify</c>.</summary>
internal sealed class VerifyOptions
{
    private readonly Option<string?> _org = new("--org") { Description = "Verify only this organization's chain (slug)." };
    private readonly Option<string?> _file = new("--file") { Description = "Verify an export file ('aims ledger export') offline, without any database." };
    private readonly Option<string?> _publicKey = new("--public-key") { Description = "PEM public key to check signatures with (the one you were given, not the one beside the database)." };
    private readonly Option<string?> _keyId = new("--key-id") { Description = "Fingerprint (hex, at least 16 digits) the signing key must have, as printed at start and by 'aims ledger head'." };
    private readonly Option<string[]> _witness = new("--witness") { Description = "A saved 'aims ledger head' output or an Aims:Ledger:WitnessPath file; repeatable." };
    private readonly Option<int> _grace = new("--grace")
    {
        Description = "Seconds an entry may stay unsigned before it counts as an unprotected tail (default 15: the host signs within a second of each commit; 0 for a copy of a stopped installation).",
        DefaultValueFactory = _ => 15,
    };

    private readonly Option<string?> _digestKey = LedgerReconcileStep.DigestKeyOption();
    private readonly Option<bool> _chainsOnly = new("--chains-only")
    {
        Description = "Check chains, checkpoints and witnesses only; skip the comparison of the live tables with the ledger (it says so).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_digestKey);
        command.Options.Add(_chainsOnly);
        command.Options.Add(_org);
        command.Options.Add(_file);
        command.Options.Add(_publicKey);
        command.Options.Add(_keyId);
        command.Options.Add(_witness);
        command.Options.Add(_grace);
    }

    public VerifyRequest Read(ParseResult parse)
    {
        var grace = parse.GetValue(_grace);
        if (grace < 0)
        {
            throw new CliException("--grace: must be 0 or more seconds.");
        }

        var keyId = parse.GetValue(_keyId)?.Trim().ToLowerInvariant();
        if (keyId is not null && (keyId.Length is < 16 or > 64 || !keyId.All(Uri.IsHexDigit)))
        {
            throw new CliException("--key-id: give the key's fingerprint as 16 to 64 hexadecimal digits.");
        }

        return new VerifyRequest(parse.GetValue(_org), parse.GetValue(_file), parse.GetValue(_publicKey), keyId,
            parse.GetValue(_witness) ?? [], TimeSpan.FromSeconds(grace), parse.GetValue(_digestKey),
            parse.GetValue(_chainsOnly));
    }
}
