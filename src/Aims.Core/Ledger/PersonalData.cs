using System.Security.Cryptography;
using System.Text;
using Aims.Core.Access;

namespace Aims.Core.Ledger;

/// <summary>
/// Which ledgered fields are personal data, and how the ledger holds them: AES-256-GCM under the person's
/// <see cref="PersonDataKey"/>, with the person and field as associated data so a ciphertext cannot be moved to another
/// person or field unnoticed. Text form: <c>aes-gcm:</c> + base64(nonce ‖ tag ‖ ciphertext).
/// </summary>
public static class PersonalData
{
    public const string CipherPrefix = "aes-gcm:";

    /// <summary>What history shows, and the ledger writes as a "from" value, where the key is gone.</summary>
    public const string Erased = "(erased)";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private static readonly HashSet<string> UserFields = new(StringComparer.Ordinal)
    {
        nameof(AimsUser.Email), nameof(AimsUser.NormalizedEmail), nameof(AimsUser.UserName),
        nameof(AimsUser.NormalizedUserName), nameof(AimsUser.DisplayName), nameof(AimsUser.PhoneNumber),
    };

    public static bool IsPersonal(Type entityType, string property) =>
        entityType == typeof(AimsUser) && UserFields.Contains(property);

    public static IReadOnlyCollection<string> Fields => UserFields;

    public static bool IsCipher(string? value) => value is not null && value.StartsWith(CipherPrefix, StringComparison.Ordinal);

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(32);

    public static string Encrypt(byte[] key, Guid userId, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = buffer.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceBytes + TagBytes), buffer.AsSpan(NonceBytes, TagBytes), Associated(userId, field));
        return CipherPrefix + Convert.ToBase64String(buffer);
    }

    /// <summary>The clear text, or null when the value does not decrypt under this key (altered, or another key).</summary>
    public static string? TryDecrypt(byte[] key, Guid userId, string field, string cipherText)
    {
        ArgumentNullException.ThrowIfNull(cipherText);
        byte[] buffer;
        try
        {
            buffer = Convert.FromBase64String(cipherText[CipherPrefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (buffer.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var plain = new byte[buffer.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(buffer.AsSpan(0, NonceBytes), buffer.AsSpan(NonceBytes + TagBytes), buffer.AsSpan(NonceBytes, TagBytes), plain,
                Associated(userId, field));
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Associated(Guid userId, string field) => Encoding.UTF8.GetBytes(userId.ToString("D") + "\n" + field);
}
