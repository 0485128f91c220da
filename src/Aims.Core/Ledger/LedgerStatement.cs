using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aims.Core.Ledger;

/// <summary>
/// A checkpoint as a self-contained JSON statement, the form witnesses keep outside the database (<c>aims ledger
/// head</c>, the <c>Aims:Ledger:WitnessPath</c> file, exports). Everything signed is in it; <see cref="Organization"/>
/// is a reading aid only and not signed.
/// </summary>
public sealed record LedgerStatement(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("chain")] string Chain,
    [property: JsonPropertyName("number")] long Number,
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("createdAt")] string CreatedAt,
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("previousHash")] string PreviousHash,
    [property: JsonPropertyName("signature")] string Signature,
    [property: JsonPropertyName("organization")] string? Organization = null)
{
    private static readonly JsonSerializerOptions LineJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static LedgerStatement From(LedgerCheckpoint checkpoint, string? organization = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return new LedgerStatement(checkpoint.IsLegacyFormat ? LedgerCheckpoint.FormatV1 : LedgerCheckpoint.FormatV2,
            checkpoint.Chain, checkpoint.Number, checkpoint.Sequence, checkpoint.Hash,
            LedgerHasher.FormatTimestamp(checkpoint.CreatedAt), checkpoint.KeyId, checkpoint.PreviousHash,
            checkpoint.Signature, organization);
    }

    /// <summary>Back to a checkpoint (for checking its signature and comparing it with the database's).</summary>
    public LedgerCheckpoint ToCheckpoint() => new()
    {
        Chain = Chain,
        Number = Number,
        Sequence = Sequence,
        Hash = Hash,
        CreatedAt = DateTimeOffset.ParseExact(CreatedAt, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        KeyId = KeyId,
        PreviousHash = PreviousHash,
        Signature = Signature,
    };

    /// <summary>One line of JSON, the unit an append-only witness file holds.</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, LineJson);

    public static LedgerStatement Parse(JsonElement element) =>
        element.Deserialize<LedgerStatement>(LineJson) ?? throw new JsonException("empty statement");
}
