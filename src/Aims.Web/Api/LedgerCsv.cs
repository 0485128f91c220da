using System.Globalization;
using Aims.Core.Ledger;

namespace Aims.Web.Api;

/// <summary>
/// One ledger entry as an RFC 4180 CSV row. Values are written exactly as hashed (quoted where needed, never altered)
/// so the export can be checked against the chain; spreadsheet users should import it as text.
/// </summary>
public static class LedgerCsv
{
    public static string Row(LedgerEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Join(',', Quote(entry.Chain),
            entry.Sequence.ToString(CultureInfo.InvariantCulture), LedgerHasher.FormatTimestamp(entry.Timestamp),
            entry.OrganizationId?.ToString("D") ?? "", Quote(entry.Actor), Quote(entry.EntityType), Quote(entry.EntityId), entry.Action,
            Quote(entry.Changes), entry.PreviousHash, entry.Hash);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
