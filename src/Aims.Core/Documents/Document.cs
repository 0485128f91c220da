using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;

namespace Aims.Core.Documents;

/// <summary>
/// A controlled document (7.5): what it is, who owns it, how it is classified and reviewed, which clauses, Annex A
/// controls and AI systems it serves, who approves it and who must acknowledge it. Its content lives in numbered
/// <see cref="DocumentVersion"/>s. The fields with private setters are derived from the versions by the workflow in the
/// same save (which version is in force, which is being worked on, when the next review is due), so the register can
/// filter and sort on them in SQL; nobody types them.
/// </summary>
public sealed class Document : RegisterRecord
{
    public string Title { get; set; } = "";
    public DocumentType Type { get; set; }
    public Guid OwnerId { get; set; }
    public DocumentClassification Classification { get; set; } = DocumentClassification.Internal;

    /// <summary>Months between reviews of the version in force (1–60).</summary>
    public int ReviewIntervalMonths { get; set; } = 12;

    /// <summary>
    /// How long each version is kept once it is no longer in force (superseded or retired), in months; null when the
    /// organization has not decided. OpenAIMS never deletes a version; this is the retention the organization commits
    /// to (7.5.3), shown in the control block and as each version's "retain until" date.
    /// </summary>
    public int? RetentionMonths { get; set; }

    /// <summary>Distinct approvals a version needs (1 or more), taken at submission.</summary>
    public int ApprovalQuorum { get; set; } = 1;

    public DocumentState State { get; private set; }

    /// <summary>Version numbers handed out so far; the next version is this plus one.</summary>
    public int VersionCount { get; private set; }

    public int? CurrentVersionNumber { get; private set; }
    public string? CurrentVersionSha256 { get; private set; }
    public DateTimeOffset? CurrentVersionPublishedAt { get; private set; }

    /// <summary>The last "reviewed, no change needed" of the version in force; null when it was not reviewed yet.</summary>
    public DateTimeOffset? LastReviewedAt { get; private set; }

    /// <summary>When the version in force is due for review, a day of the organization's calendar; null when none is in force.</summary>
    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>The instant the review becomes due soon (<see cref="ReviewSchedule.DueSoonFrom"/>).</summary>
    public DateTimeOffset? ReviewDueSoonFrom { get; private set; }

    /// <summary>The instant the review becomes overdue (<see cref="ReviewSchedule.OverdueFrom"/>).</summary>
    public DateTimeOffset? ReviewOverdueFrom { get; private set; }

    public int? PendingVersionNumber { get; private set; }
    public PendingVersionState PendingVersionState { get; private set; }

    public List<DocumentReference> References { get; } = [];
    public List<DocumentSystemLink> Systems { get; } = [];
    public List<DocumentParticipant> Participants { get; } = [];

    /// <summary>Starts the next version as a draft; refused while another version is being worked on.</summary>
    /// <summary>Refuses (409) while another version is being worked on: one version at a time moves towards force.</summary>
    internal void EnsureCanStartVersion()
    {
        if (PendingVersionNumber is { } pending)
        {
            throw new StateConflictException("versions",
                $"Version {pending} is still {ApiNames.Of(PendingVersionState)}: edit and submit it, or retire it, before starting another version.");
        }
    }

    internal DocumentVersion StartVersion(string body, string? changeSummary, Guid authorId, OrganizationCalendar calendar)
    {
        EnsureCanStartVersion();
        VersionCount++;
        var version = DocumentVersion.StartDraft(this, VersionCount, body, changeSummary, authorId);
        Track(version, calendar);
        return version;
    }

    /// <summary>Brings the derived fields up to date after <paramref name="version"/> changed status; review dates are
    /// days of <paramref name="calendar"/>, the organization's.</summary>
    internal void Track(DocumentVersion version, OrganizationCalendar calendar)
    {
        switch (version.Status)
        {
            case DocumentVersionStatus.Draft:
            case DocumentVersionStatus.InReview:
            case DocumentVersionStatus.Approved:
                PendingVersionNumber = version.Number;
                PendingVersionState = version.Status switch
                {
                    DocumentVersionStatus.Draft => PendingVersionState.Draft,
                    DocumentVersionStatus.InReview => PendingVersionState.InReview,
                    _ => PendingVersionState.Approved,
                };
                break;
            case DocumentVersionStatus.Published:
                ClearPending(version.Number);
                CurrentVersionNumber = version.Number;
                CurrentVersionSha256 = version.Sha256;
                CurrentVersionPublishedAt = version.PublishedAt;
                LastReviewedAt = null;
                break;
            case DocumentVersionStatus.Retired:
                ClearPending(version.Number);
                if (CurrentVersionNumber == version.Number)
                {
                    CurrentVersionNumber = null;
                    CurrentVersionSha256 = null;
                    CurrentVersionPublishedAt = null;
                    LastReviewedAt = null;
                }

                break;
            default:
                break; // superseded: the version that replaced it is tracked on its own
        }

        Reschedule(calendar);
        State = CurrentVersionNumber is not null ? DocumentState.Published
            : PendingVersionState switch
            {
                PendingVersionState.Draft => DocumentState.Draft,
                PendingVersionState.InReview => DocumentState.InReview,
                PendingVersionState.Approved => DocumentState.Approved,
                _ => VersionCount == 0 ? DocumentState.Draft : DocumentState.Retired,
            };
    }

    /// <summary>Records "reviewed, no change needed" of the version in force and moves the next review date.</summary>
    internal void RecordReview(DateTimeOffset at, OrganizationCalendar calendar)
    {
        LastReviewedAt = at;
        Reschedule(calendar);
    }

    /// <summary>The next review date from the last review (or the publication) and the interval; call after either changes.</summary>
    internal void Reschedule(OrganizationCalendar calendar)
    {
        NextReviewOn = (LastReviewedAt ?? CurrentVersionPublishedAt) is { } basis
            ? ReviewSchedule.NextReviewOn(basis, ReviewIntervalMonths, calendar)
            : null;
        ReviewDueSoonFrom = NextReviewOn is { } due ? ReviewSchedule.DueSoonFrom(due, calendar) : null;
        ReviewOverdueFrom = NextReviewOn is { } day ? ReviewSchedule.OverdueFrom(day, calendar) : null;
    }

    private void ClearPending(int number)
    {
        if (PendingVersionNumber == number)
        {
            PendingVersionNumber = null;
            PendingVersionState = PendingVersionState.None;
        }
    }
}
