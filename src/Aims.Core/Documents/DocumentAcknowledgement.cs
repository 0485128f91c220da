namespace Aims.Core.Documents;

/// <summary>
/// A person's statement that they have read one published version (7.3 awareness): the version number and its
/// SHA-256, so an acknowledgement never silently carries over to a newer version.
/// </summary>
public sealed class DocumentAcknowledgement : DocumentPart
{
    public int VersionNumber { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset AcknowledgedAt { get; set; }
    public string Sha256 { get; set; } = "";
}
