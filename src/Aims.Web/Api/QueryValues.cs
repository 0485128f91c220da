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
}
