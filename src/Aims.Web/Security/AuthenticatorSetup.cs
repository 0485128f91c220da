using System.Text;
using QRCoder;

namespace Aims.Web.Security;

/// <summary>
/// What an authenticator app needs to enrol: the <c>otpauth://</c> address (RFC 6238 defaults of Identity: SHA-1,
/// 6 digits, 30 s) as a QR code rendered here as a PNG data URI (no third-party service sees the key), and the key as
/// text in groups of four for typing.
/// </summary>
public static class AuthenticatorSetup
{
    public const string Issuer = "OpenAIMS";

    public static string OtpAuthUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string QrCodeDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
