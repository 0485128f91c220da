using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Typed reads from a computed evidence document that refuse anything of the wrong shape with
/// <see cref="ShapeException"/>, which the recogniser turns into "not computed evidence": an uploaded JSON file is
/// never trusted to be well-formed just because it names the right schema.
/// </summary>
internal static class EvidenceJson
{
    /// <summary>The document does not have the shape of schema openaims.evidence/1.</summary>
    [SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Never leaves the recogniser, which answers null instead.")]
    internal sealed class ShapeException(string message) : Exception(message);

    public static JsonElement Object(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Object } value ? value : throw Wrong(name, "an object");

    public static JsonElement.ArrayEnumerator Array(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : throw Wrong(name, "an array");

    public static string String(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw Wrong(name, "a string");

    public static string? OptionalString(JsonElement parent, string name) => Property(parent, name) switch
    {
        { ValueKind: JsonValueKind.Null } or null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw Wrong(name, "a string or null"),
    };

    public static long Integer(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : throw Wrong(name, "a whole number");

    public static bool Boolean(JsonElement parent, string name) => Property(parent, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Wrong(name, "true or false"),
    };

    public static DateTimeOffset Time(JsonElement parent, string name) =>
        Property(parent, name) is { ValueKind: JsonValueKind.String } value && value.TryGetDateTimeOffset(out var time)
            ? time
            : throw Wrong(name, "an ISO 8601 time");

    /// <summary>
    /// A metric value: a JSON number, one of the strings the engine writes for non-finite results ("NaN", "Infinity",
    /// "-Infinity"), or null. Returns the finite value (else null) and the value's text as written.
    /// </summary>
    public static (double? Value, string Text) Number(JsonElement parent, string name) => Property(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } value => (value.TryGetDouble(out var d) && double.IsFinite(d) ? d : null, value.GetRawText()),
        { ValueKind: JsonValueKind.String } value when value.GetString() is "NaN" or "Infinity" or "-Infinity" => (null, value.GetString()!),
        { ValueKind: JsonValueKind.Null } => (null, "null"),
        _ => throw Wrong(name, "a number, \"NaN\", \"Infinity\", \"-Infinity\" or null"),
    };

    public static double FiniteNumber(JsonElement parent, string name) =>
        Number(parent, name).Value ?? throw Wrong(name, "a finite number");

    private static JsonElement? Property(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : null;

    private static ShapeException Wrong(string name, string expected) => new($"\"{name}\" is not {expected}.");
}
