namespace Aims.Core.Ledger;

/// <summary>
/// The record that a person's data was erased (GDPR Art. 17): who did it, when and why. It is ledgered like any record,
/// so the ledger itself says that the encrypted personal fields of <see cref="UserId"/> became unreadable on purpose.
/// </summary>
public sealed class PersonErasure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTimeOffset ErasedAt { get; set; }
    public string ErasedBy { get; set; } = "";
    public string? Reason { get; set; }
}
