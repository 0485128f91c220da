using System.Text.Json.Serialization;
using Aims.Evidence.Drift;

namespace Aims.Evidence.Documents;

/// <summary>
/// Source-generated serializer for evidence documents: camelCase names, indented, NaN/±∞ written as the strings
/// "NaN"/"Infinity"/"-Infinity" (JSON has no such numbers, and Fairlearn's NaN results are meaningful), enums as
/// camelCase strings. Source generation also keeps CLI start-up free of reflection-based serializer warm-up.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    Converters = [typeof(CamelCaseEnumConverter<SourceValueType>), typeof(CamelCaseEnumConverter<DriftColumnKind>), typeof(CamelCaseEnumConverter<DriftMethod>)])]
[JsonSerializable(typeof(EvidenceDocument))]
public sealed partial class EvidenceJsonContext : JsonSerializerContext;
