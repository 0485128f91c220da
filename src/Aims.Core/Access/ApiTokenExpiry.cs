using System.Globalization;

namespace Aims.Core.Access;

/// <summary>
/// Reads a token lifetime typed by a person (the UI's field, the CLI's <c>--expires</c>): a whole number of days from 1
/// to <see cref="ApiTokenService.MaxLifetimeDays"/>, or the word "never". Anything else is an error, never a guess:
/// 0 and -5 are not "1 day", 99 999 is not "3650 days", and "abc" is not "never".
/// </summary>
public static class ApiTokenExpiry
{
    public const string Never = "never";

    /// <summary>Null when <paramref name="text"/> is valid (then <paramref name="days"/> is the lifetime, null for never); otherwise the message.</summary>
    public static string? Parse(string? text, out int? days)
    {
        days = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return $"Enter the number of days until the token expires (1 to {ApiTokenService.MaxLifetimeDays}), or choose 'never' explicitly.";
        }

        if (string.Equals(trimmed, Never, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return $"'{trimmed}' is not a whole number of days; use 1 to {ApiTokenService.MaxLifetimeDays}, or 'never'.";
        }

        if (RangeProblem(value) is { } problem)
        {
            return problem;
        }

        days = (int)value;
        return null;
    }

    /// <summary>The one wording of an out-of-range lifetime, for the API's <c>expiresInDays</c> as for typed input.</summary>
    public static string? RangeProblem(long days) => days is < 1 or > ApiTokenService.MaxLifetimeDays
        ? string.Create(CultureInfo.InvariantCulture,
            $"Expiry must be a whole number of days from 1 to {ApiTokenService.MaxLifetimeDays} (got {days}); a token that never expires must be chosen explicitly.")
        : null;
}
