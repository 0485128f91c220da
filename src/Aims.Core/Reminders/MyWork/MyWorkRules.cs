namespace Aims.Core.Reminders.MyWork;

/// <summary>Limits an item must keep: notifications store items as they were, so a longer text would not fit.</summary>
public static class MyWorkRules
{
    public const int TitleMaxLength = 300;
    public const int ReasonMaxLength = 1_000;
    public const int HrefMaxLength = 400;
    public const int RecordTypeMaxLength = 64;
}
