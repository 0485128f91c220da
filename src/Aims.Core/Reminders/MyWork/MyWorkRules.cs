namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// Limits an item must keep (notifications store items as they were, so a longer text would not fit), and the
/// windows the documents and evidence sources use, so every list and reminder agrees on what "soon" means.
/// </summary>
public static class MyWorkRules
{
    public const int TitleMaxLength = 300;
    public const int ReasonMaxLength = 1_000;
    public const int HrefMaxLength = 400;
    public const int RecordTypeMaxLength = 64;

    /// <summary>Evidence whose valid-until day is at most this many days away is "expiring" (issue 8 §4: 30 days).</summary>
    public const int EvidenceExpiringWithinDays = 30;

    /// <summary>A document whose next review day is at most this many days away is "review due".</summary>
    public const int ReviewDueWithinDays = 30;
}
