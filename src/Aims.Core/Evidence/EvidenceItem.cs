using Aims.Core.Evidence.Files;
using Aims.Core.Registers;

namespace Aims.Core.Evidence;

/// <summary>
/// An entry of the evidence library: something that shows a requirement or control is met, with who answers for it,
/// the date from which it speaks (its effective date, separate from when it was uploaded) and how long it counts.
/// A file item keeps every file it ever held (<see cref="Files"/>); the newest is the current one and is copied into
/// the <c>File…</c> fields, so the item's own history in the ledger shows each change of file.
/// </summary>
public sealed class EvidenceItem : RegisterRecord
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public EvidenceKind Kind { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>The day from which the evidence speaks (a date in the organization's calendar, not an instant).</summary>
    public DateOnly EffectiveDate { get; set; }

    /// <summary>The last day the evidence counts; null when it does not expire.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>For <see cref="EvidenceKind.Link"/>: the http(s) address.</summary>
    public string? Url { get; set; }

    /// <summary>For <see cref="EvidenceKind.RecordReference"/>: what kind of record is the evidence.</summary>
    public EvidenceTargetType? ReferenceType { get; set; }

    /// <summary>For <see cref="EvidenceKind.RecordReference"/>: the record's id.</summary>
    public Guid? ReferenceId { get; set; }

    /// <summary>SHA-256 of the current file (file and computed-result items).</summary>
    public string? FileSha256 { get; set; }

    /// <summary>The current file's name as uploaded (directory part removed).</summary>
    public string? FileName { get; set; }

    public long? FileSize { get; set; }
    public StoredFileKind? FileKind { get; set; }

    /// <summary>How many files the item has held; the current one is number <see cref="FileCount"/>.</summary>
    public int FileCount { get; set; }

    public List<EvidenceLink> Links { get; set; } = [];
    public List<EvidenceFile> Files { get; set; } = [];
}
