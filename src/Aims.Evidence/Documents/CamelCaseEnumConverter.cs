using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Evidence.Documents;

/// <summary>Writes enums as camelCase strings so enum values follow the same naming rule as field names.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
