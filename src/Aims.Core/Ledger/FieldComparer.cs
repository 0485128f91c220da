namespace Aims.Core.Ledger;

/// <summary>
/// Compares one live value with the value the ledger last recorded for it, in the form the recorder wrote it: plain
/// text, a keyed digest (secrets) or a ciphertext under the person's key (personal fields). Returns null when they
/// agree, otherwise what is wrong, without ever printing a secret.
/// </summary>
internal sealed class FieldComparer(LedgerDigestKey? digestKey, IReadOnlyDictionary<string, byte[]?> personKeys)
{
    // What the recorder wrote for secrets before digests existed; such values can only be counted as unchecked.
    private const string LegacyRedacted = "(redacted)";

    public long SecretsChecked { get; private set; }
    public long SecretsUnchecked { get; private set; }
    public string? UncheckedReason { get; private set; }

    public string? Compare(Type entityType, string id, string field, string? ledgered, string? live)
    {
        if (ledgered is not null && LedgerValues.IsSecret(entityType, field))
        {
            return CompareSecret(field, ledgered, live);
        }

        if (PersonalData.IsCipher(ledgered))
        {
            return ComparePersonal(id, field, ledgered!, live);
        }

        return string.Equals(ledgered, live, StringComparison.Ordinal) ? null : $"ledger has {Show(ledgered)}, table has {Show(live)}";
    }

    /// <summary>A field no entry mentions must still hold its column's default (a column added by a later migration).</summary>
    public static string? CompareNeverSeen(Type entityType, string field, string? defaultText, string? live)
    {
        if (live is null || string.Equals(live, defaultText, StringComparison.Ordinal) || (defaultText is null && live.Length == 0))
        {
            return null;
        }

        var shown = LedgerValues.IsSecret(entityType, field) || PersonalData.IsPersonal(entityType, field) ? "a value" : Show(live);
        return $"the ledger never recorded this field, so it must hold its default {Show(defaultText)}, but the table has {shown}";
    }

    private string? CompareSecret(string field, string ledgered, string? live)
    {
        if (string.Equals(ledgered, LegacyRedacted, StringComparison.Ordinal))
        {
            Unchecked("entries written before secrets were ledgered as digests say only \"(redacted)\"");
            return null;
        }

        if (digestKey is null)
        {
            Unchecked("no ledger digest key was given");
            return null;
        }

        SecretsChecked++;
        var expected = live is null ? null : digestKey.Digest(field, live);
        return string.Equals(expected, ledgered, StringComparison.Ordinal)
            ? null
            : "the secret's digest does not match the ledger (the value was replaced outside the ledger)";
    }

    private string? ComparePersonal(string id, string field, string ledgered, string? live)
    {
        // Personal fields are fields of the person's own account row, whose id is the person's id.
        if (!personKeys.TryGetValue(id, out var key) || key is null || !Guid.TryParse(id, out var userId))
        {
            return "the ledger holds this personal field encrypted, but the person's key is gone (erased without the ledgered pseudonym)";
        }

        var clear = PersonalData.TryDecrypt(key, userId, field, ledgered);
        if (clear is null)
        {
            return "the ledgered value does not decrypt under the person's key (the entry or the key was altered)";
        }

        return string.Equals(clear, live, StringComparison.Ordinal) ? null : "the table's value is not the value the ledger recorded";
    }

    private void Unchecked(string reason)
    {
        SecretsUnchecked++;
        UncheckedReason ??= reason;
    }

    private static string Show(string? value) => value is null ? "null" : value.Length <= 80 ? $"'{value}'" : $"'{value[..80]}…' ({value.Length} characters)";
}
