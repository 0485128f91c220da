using Aims.Core.Common;

namespace Aims.Web.Api;

/// <summary>
/// Parses enum query parameters case-insensitively in the API's camelCase spelling ("designAndDevelopment"), and
/// names the parameter in the 400 answer when the value is unknown (the framework's binder would not).
/// </summary>
public static class QueryValues
{
    public static T? ParseEnum<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        throw new ValidationFailedException(parameter, $"Unknown value '{value}'. Use one of: {ApiNames.ListOf<T>()}.");
    }

    /// <summary>
    /// A whole-number parameter (paging): absent gives <paramref name="fallback"/>; anything that is not a 32-bit
    /// integer answers 400 naming the parameter (the framework's binder would name only "request").
    /// </summary>
    public static int ParseInt(string? value, string parameter, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new ValidationFailedException(parameter, $"'{value}' is not a whole number between {int.MinValue} and {int.MaxValue}.");
    }

    /// <summary>A true/false parameter: absent gives null; anything else than true or false answers 400 naming it.</summary>
    public static bool? ParseBool(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return bool.TryParse(value.Trim(), out var parsed)
            ? parsed
            : throw new ValidationFailedException(parameter, $"'{value}' is not true or false.");
    }
}
