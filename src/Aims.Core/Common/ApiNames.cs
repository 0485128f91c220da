using System.Text.Json;

namespace Aims.Core.Common;

/// <summary>
/// Enum values as the REST API spells them ("designAndDevelopment"). The host's JSON converter uses the same camelCase
/// policy, so query strings, messages, UI addresses and the CLI all agree with the JSON bodies.
/// </summary>
public static class ApiNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Every value of <typeparamref name="T"/> in API spelling, comma-separated, for "use one of" messages.</summary>
    public static string ListOf<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Of));
}
