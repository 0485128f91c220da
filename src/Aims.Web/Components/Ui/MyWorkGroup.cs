namespace Aims.Web.Components.Ui;

/// <summary>The sections of the "my work" page, in the order shown (most urgent first).</summary>
public enum MyWorkGroup
{
    Overdue,
    ThisWeek,
    Later,
    NoDate,
}
