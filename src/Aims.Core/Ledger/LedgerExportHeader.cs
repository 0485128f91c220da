using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Core.Ledger;

/// <summary>
/// First line of a <see cref="LedgerExportFile"/>. <see cref="Anchor"/> is the signed checkpoint whose hash the chain's
/// first entry names (null when the chain starts at the genesis value). <see cref="PublicKey"/> is a convenience: an
/// auditor checks it against the fingerprint they noted (<c>--key-id</c>) or brings their own (<c>--public-key</c>).
/// </summary>
public sealed record LedgerExportHeader(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("chain")] string Chain,
    [property: JsonPropertyName("organizationId")] Guid? OrganizationId,
    [property: JsonPropertyName("organization")] string? Organization,
    [property: JsonPropertyName("exportedAt")] string ExportedAt,
    [property: JsonPropertyName("publicKey")] string? PublicKey,
    [property: JsonPropertyName("anchor")] LedgerStatement? Anchor)
{
    internal static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}
