using System.Text.Json;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Recognises a JSON file written by <c>aims evidence fairness</c> or <c>aims evidence drift</c> (schema
/// <see cref="Schema"/>, docs/evidence.md "The evidence document") and summarises it. Any other JSON, and a document
/// that names the schema but lacks its shape, is simply not computed evidence: the answer is null, never an exception.
/// It reads the document's own JSON contract rather than the engine's classes, so files written by older engine builds
/// of the same schema are read alike.
/// </summary>
public static class ComputedEvidenceRecognizer
{
    /// <summary>The document schema this recogniser reads.</summary>
    public const string Schema = "openaims.evidence/1";

    /// <summary>Summarises a stored file, or null when it is not JSON or not a computed evidence document.</summary>
    public static async Task<ComputedEvidenceSummary?> RecognizeAsync(IFileStore store, StoredFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(file);
        if (file.Kind != StoredFileKind.Json)
        {
            return null;
        }

        await using var stream = await store.OpenReadAsync(file.Sha256, cancellationToken);
        return await RecognizeAsync(stream, cancellationToken);
    }

    /// <summary>
    /// Summarises the JSON in <paramref name="json"/> (read from its current position), or null. The stream is scanned
    /// first without building a document, so large unrelated JSON is never held in memory; it must be seekable.
    /// </summary>
    public static async Task<ComputedEvidenceSummary?> RecognizeAsync(Stream json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable: it is scanned once before the document is read.", nameof(json));
        }

        var start = json.Position;
        var scan = await JsonStreamScanner.ScanAsync(json, cancellationToken);
        if (scan.Error is not null || scan.Schema != Schema)
        {
            return null;
        }

        json.Position = start;
        try
        {
            using var document = await JsonDocument.ParseAsync(json, default, cancellationToken);
            return Recognize(document.RootElement);
        }
        catch (JsonException)
        {
            return null; // deeper than a document parser allows: not something the engine writes
        }
    }

    /// <summary>Summarises a parsed document, or null when it is not computed evidence of <see cref="Schema"/>.</summary>
    public static ComputedEvidenceSummary? Recognize(JsonElement root)
    {
        try
        {
            return Read(root);
        }
        catch (EvidenceJson.ShapeException)
        {
            return null;
        }
    }

    private static ComputedEvidenceSummary? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || EvidenceJson.OptionalString(root, "schema") != Schema)
        {
            return null;
        }

        var kind = EvidenceJson.String(root, "kind") switch
        {
            "fairness" => ComputedEvidenceKind.Fairness,
            "drift" => ComputedEvidenceKind.Drift,
            _ => (ComputedEvidenceKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var engine = EvidenceJson.Object(root, "engine");
        var rows = EvidenceJson.Object(root, "rows");
        var metrics = kind == ComputedEvidenceKind.Fairness
            ? ComputedEvidenceMetrics.Fairness(EvidenceJson.Object(root, "fairness"))
            : ComputedEvidenceMetrics.Drift(EvidenceJson.Object(root, "drift"));
        return new ComputedEvidenceSummary(
            kind.Value,
            Schema,
            EvidenceJson.String(engine, "name"),
            EvidenceJson.String(engine, "version"),
            EvidenceJson.Time(root, "createdAt"),
            [.. EvidenceJson.Array(root, "inputs").Select(ReadInput)],
            EvidenceJson.Integer(rows, "read"),
            EvidenceJson.Integer(rows, "used"),
            [.. metrics],
            [.. EvidenceJson.Array(root, "verdicts").Select(ReadCheck)],
            EvidenceJson.Boolean(root, "breach"),
            [.. EvidenceJson.Array(root, "warnings").Select(w => w.ValueKind == JsonValueKind.String
                ? w.GetString()!
                : throw new EvidenceJson.ShapeException("A warning is not a string."))]);
    }

    private static ComputedEvidenceInput ReadInput(JsonElement input)
    {
        var sha256 = EvidenceJson.String(input, "sha256");
        return ContentAddress.IsValid(sha256)
            ? new ComputedEvidenceInput(
                EvidenceJson.String(input, "role"),
                EvidenceJson.String(input, "path"),
                EvidenceJson.String(input, "format"),
                EvidenceJson.Integer(input, "sizeBytes"),
                sha256,
                EvidenceJson.Integer(input, "rowsRead"))
            : throw new EvidenceJson.ShapeException("An input's sha256 is not 64 lower-case hex digits.");
    }

    private static ComputedCheck ReadCheck(JsonElement verdict)
    {
        var (value, text) = EvidenceJson.Number(verdict, "value");
        var status = EvidenceJson.String(verdict, "status") switch
        {
            "pass" => ComputedCheckStatus.Pass,
            "breach" => ComputedCheckStatus.Breach,
            "insufficientData" => ComputedCheckStatus.InsufficientData,
            "undefined" => ComputedCheckStatus.Undefined,
            var other => throw new EvidenceJson.ShapeException($"Unknown verdict status \"{other}\"."),
        };
        return new ComputedCheck(
            EvidenceJson.OptionalString(verdict, "grouping") ?? "dataset",
            EvidenceJson.String(verdict, "metric"),
            EvidenceJson.String(verdict, "convention"),
            EvidenceJson.OptionalString(verdict, "method"),
            EvidenceJson.String(verdict, "operator"),
            EvidenceJson.FiniteNumber(verdict, "threshold"),
            value,
            text,
            status);
    }
}
