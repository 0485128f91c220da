using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Core.Common;

/// <summary>
/// How JSON kept in a column is written: the API's own spelling (camelCase names and enum values, no numbers for
/// enums), so the stored text — and the ledger entry that carries it — reads like the answer a client gets.
/// </summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
