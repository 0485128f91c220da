using System.Text.Json;

namespace Aims.Core.Evidence;

/// <summary>
/// How a computed evidence summary is stored in <see cref="EvidenceFile.ComputedSummary"/>: the API's own spelling
/// (camelCase names and enum values), so the stored text reads like the answer a client gets.
/// </summary>
public static class EvidenceJsonOptions
{
    public static JsonSerializerOptions Stored => Common.StoredJson.Options;
}
