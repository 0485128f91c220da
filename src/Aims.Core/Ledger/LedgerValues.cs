using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Aims.Core.Ledger;

/// <summary>
/// How a field's value is written into a ledger payload, shared by the recorder and the reconciler so that a live
/// value and its ledgered value compare as text, byte for byte. Also the one list of secret fields.
/// </summary>
public static class LedgerValues
{
    /// <summary>Secret in every entity that has them: hashed passwords, stamps and API token hashes.</summary>
    private static readonly HashSet<string> SecretNames = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash",
    };

    /// <summary>
    /// Secret in one entity only: Identity's user tokens hold authenticator keys and recovery codes in <c>Value</c>.
    /// A new secret column goes here (or into <see cref="SecretNames"/>); the recorder then writes only its digest.
    /// </summary>
    private static readonly HashSet<(Type Entity, string Property)> SecretFields =
    [
        (typeof(IdentityUserToken<Guid>), nameof(IdentityUserToken<Guid>.Value)),
    ];

    public static bool IsSecret(Type entityType, string property) =>
        SecretNames.Contains(property) || SecretFields.Contains((entityType, property));

    /// <summary>Plain text of a value: invariant culture, timestamps at millisecond UTC (what both databases keep).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => LedgerHasher.FormatTimestamp(d),
        DateTime d => LedgerHasher.FormatTimestamp(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
        // ISO 8601, as the API writes dates (the invariant culture's default would be month/day/year).
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // The number, not the scale it was stored with: PostgreSQL's numeric(28,8) reads 5 back as 5.00000000, SQLite as 5.0.
        decimal m => (m / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
