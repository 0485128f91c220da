using System.Globalization;
using System.Text.Json;
using Aims.Core.AiSystems;
using Aims.Core.Ledger;

namespace Aims.Web.Components.Ui;

/// <summary>
/// Turns the canonical JSON of a ledger entry (field → value for a created record, field → {from, to} for an update)
/// into readable lines. Bookkeeping fields (ids, version, stamps) are left out: the entry's own time and actor say that.
/// Encrypted personal fields, erased ones and secret digests are named as such instead of shown as ciphertext.
/// </summary>
public static class ChangeFormatter
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "OrganizationId", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy",
    };

    // In the order people read a record (the payload itself is sorted alphabetically for hashing).
    private static readonly (string Property, string Label)[] Fields =
    [
        (nameof(AiSystem.Name), "Name"),
        (nameof(AiSystem.Purpose), "Purpose"),
        (nameof(AiSystem.IntendedUse), "Intended use"),
        (nameof(AiSystem.OwnerId), "Owner"),
        (nameof(AiSystem.LifecycleStage), "Lifecycle stage"),
        (nameof(AiSystem.Status), "Status"),
        (nameof(AiSystem.ArchivedAt), "Archived at"),
        (nameof(AiSystem.ArchiveReason), "Archive reason"),
        // A gate step and a filed artefact (in a system's history).
        ("FromStage", "From stage"),
        ("ToStage", "To stage"),
        ("Outcome", "Outcome"),
        ("ApproverRole", "Approved as"),
        ("Reason", "Reason"),
        ("Missing", "Missing artefacts"),
        ("Present", "Artefacts present"),
        ("Note", "Note"),
        ("Kind", "Artefact"),
        ("DocumentId", "Document"),
        ("EvidenceId", "Evidence item"),
    ];

    /// <param name="payload">The ledger entry's JSON.</param>
    /// <param name="personName">Resolves user ids (owner fields) to names; unknown ids are shown as they are.</param>
    public static IReadOnlyList<ChangeLine> Describe(string payload, Func<Guid, string?> personName)
    {
        ArgumentNullException.ThrowIfNull(personName);
        var lines = new List<(int Order, ChangeLine Line)>();
        if (string.IsNullOrWhiteSpace(payload))
        {
            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload);
        }
        catch (JsonException)
        {
            // Never hide history because its payload is unexpected: show it raw instead.
            return [new ChangeLine("Change", null, payload, false)];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new ChangeLine("Change", null, payload, false)];
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (Hidden.Contains(property.Name))
                {
                    continue;
                }

                var order = Array.FindIndex(Fields, f => f.Property == property.Name);
                var field = order >= 0 ? Fields[order].Label : property.Name;
                order = order >= 0 ? order : Fields.Length;
                if (property.Value.ValueKind == JsonValueKind.Object &&
                    property.Value.TryGetProperty("to", out var to))
                {
                    var from = property.Value.TryGetProperty("from", out var f) ? f : default;
                    lines.Add((order, new ChangeLine(field, Render(property.Name, from, personName), Render(property.Name, to, personName), true)));
                }
                else if (Render(property.Name, property.Value, personName) is { } initial)
                {
                    // A created record lists only the fields it was given; empty ones would just be noise.
                    lines.Add((order, new ChangeLine(field, null, initial, false)));
                }
            }
        }

        return lines.OrderBy(l => l.Order).Select(l => l.Line).ToList();
    }

    private static string? Render(string property, JsonElement value, Func<Guid, string?> personName)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        // Personal fields are ledgered encrypted and become unreadable on erasure; secrets only as a keyed digest.
        if (PersonalData.IsCipher(text))
        {
            return "(personal data, encrypted)";
        }

        if (text == PersonalData.Erased)
        {
            return "erased";
        }

        if (text?.StartsWith(LedgerDigestKey.DigestPrefix, StringComparison.Ordinal) == true)
        {
            return "(secret, changed)";
        }

        return property switch
        {
            nameof(AiSystem.LifecycleStage) or "FromStage" or "ToStage" => StageLabels.LabelOf(text),
            "ApproverUserId" or "AiSystemId" or "ApproverName" => null,
            nameof(AiSystem.OwnerId) when Guid.TryParse(text, out var id) => personName(id) ?? text,
            nameof(AiSystem.ArchivedAt) when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                => Display.Timestamp(at),
            _ => text,
        };
    }
}
