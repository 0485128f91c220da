using System.Text.Json.Serialization;
using Aims.Core.Ledger;

namespace Aims.Cli.Commands;

/// <summary>What <c>aims ledger head</c> prints: the key's fingerprint and the signed newest checkpoint per chain.</summary>
public sealed record LedgerHeadDocument(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("printedAt")] string PrintedAt,
    [property: JsonPropertyName("checkpoints")] IReadOnlyList<LedgerStatement> Checkpoints);
