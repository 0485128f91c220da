namespace Aims.Reporting.Documents;

/// <summary>
/// One line of a document's control block, e.g. <c>("Version", "3")</c> or <c>("SHA-256", "9f2c…")</c>. A value may span
/// several lines ("\n"), for instance one approver per line.
/// </summary>
public sealed record ControlBlockEntry
{
    public ControlBlockEntry(string label, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(value);
        Label = label;
        Value = value;
    }

    public string Label { get; }

    public string Value { get; }
}
