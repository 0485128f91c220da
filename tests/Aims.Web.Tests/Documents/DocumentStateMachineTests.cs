using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Documents.Export;
using Aims.Core.Organizations;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// The workflow rules themselves, without a database: each transition is allowed only from its states, content is
/// frozen from submission on, the document's derived state follows its versions, and review dates are computed.
/// </summary>
public sealed class DocumentStateMachineTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 1, 31, 9, 30, 0, TimeSpan.Zero);
    private static readonly OrganizationCalendar Utc = OrganizationCalendar.Utc;

    [Fact]
    public void A_version_moves_through_the_workflow_and_refuses_every_other_move()
    {
        var document = new Document { Title = "AI policy", ReviewIntervalMonths = 1, ApprovalQuorum = 2 };
        var version = document.StartVersion("Body", null, Author, Utc);
        Assert.Equal((DocumentState.Draft, PendingVersionState.Draft), (document.State, document.PendingVersionState));
        Assert.Throws<StateConflictException>(() => version.Publish(Author, Now));
        Assert.Throws<StateConflictException>(() => document.StartVersion("Another", null, Author, Utc));

        version.Submit(Author, Now, document.ApprovalQuorum);
        document.Track(version, Utc);
        Assert.Equal(DocumentState.InReview, document.State);
        var frozen = Assert.Throws<StateConflictException>(() => version.Edit("Changed", null, Author));
        Assert.Equal("status", frozen.Field);
        Assert.False(version.CountApproval(Now));
        Assert.True(version.CountApproval(Now));
        Assert.Equal(DocumentVersionStatus.Approved, version.Status);

        version.Publish(Author, Now);
        document.Track(version, Utc);
        Assert.Equal((DocumentState.Published, 1, PendingVersionState.None), (document.State, document.CurrentVersionNumber, document.PendingVersionState));
        // 31 January + 1 month is the last day of February.
        Assert.Equal(new DateOnly(2026, 2, 28), document.NextReviewOn);
        Assert.Throws<StateConflictException>(() => version.ReturnToDraft(Author, Now, "no"));

        var second = document.StartVersion("Body 2", "More", Author, Utc);
        Assert.Equal((2, DocumentState.Published, PendingVersionState.Draft), (second.Number, document.State, document.PendingVersionState));
        version.Retire(Author, Now, "Withdrawn");
        document.Track(version, Utc);
        Assert.Equal((DocumentState.Draft, (DateOnly?)null), (document.State, document.NextReviewOn));
        Assert.Throws<StateConflictException>(() => version.Retire(Author, Now, "Again"));
    }

    [Fact]
    public void Review_dates_fall_in_the_organizations_calendar_and_change_state_at_its_midnights()
    {
        var auckland = OrganizationCalendar.For("Pacific/Auckland");
        // Published at 20:00 UTC on 28 February, which is already 1 March in Auckland (UTC+13).
        var published = new DateTimeOffset(2026, 2, 28, 20, 0, 0, TimeSpan.Zero);
        var due = ReviewSchedule.NextReviewOn(published, 12, auckland);
        Assert.Equal(new DateOnly(2027, 3, 1), due);
        Assert.Equal(new DateOnly(2027, 2, 28), ReviewSchedule.NextReviewOn(published, 12, Utc));
        var soonFrom = ReviewSchedule.DueSoonFrom(due, auckland);
        var overdueFrom = ReviewSchedule.OverdueFrom(due, auckland);
        Assert.Equal(auckland.StartOfDay(new DateOnly(2027, 1, 30)), soonFrom);
        Assert.Equal(auckland.EndOfDay(due), overdueFrom);
        Assert.Equal(ReviewDueState.NotDue, ReviewSchedule.StateAt(soonFrom, overdueFrom, soonFrom.AddTicks(-1)));
        Assert.Equal(ReviewDueState.DueSoon, ReviewSchedule.StateAt(soonFrom, overdueFrom, soonFrom));
        Assert.Equal(ReviewDueState.DueSoon, ReviewSchedule.StateAt(soonFrom, overdueFrom, overdueFrom.AddTicks(-1)));
        Assert.Equal(ReviewDueState.Overdue, ReviewSchedule.StateAt(soonFrom, overdueFrom, overdueFrom));
        Assert.Equal(ReviewDueState.NotScheduled, ReviewSchedule.StateAt(null, null, overdueFrom));
        Assert.Equal("Review overdue: it was due 3 days ago (2027-03-01), 12 months after the last review on 2026-03-01.",
            ReviewSchedule.Reason(ReviewDueState.Overdue, due, auckland, auckland.StartOfDay(new DateOnly(2027, 3, 4)), 12, 2, null, published));
    }

    [Theory]
    [InlineData("AI policy", 3, "ai-policy-v3")]
    [InlineData("Politique d’IA — été 2026", 1, "politique-d-ia-t-2026-v1")]
    [InlineData("管理", 2, "document-v2")]
    public void Download_names_keep_ascii_letters_and_digits(string title, int number, string stem) =>
        Assert.Equal(stem, DocumentExportService.FileStem(title, number));
}
