namespace Aims.Core.Documents.Views;

/// <summary>
/// What documents ask of one person now ("my work"): versions waiting for their approval, versions in force waiting for
/// their acknowledgement, and documents they own whose review is due within 30 days or overdue. Archived documents ask
/// nothing.
/// </summary>
public sealed record DocumentTasksView(IReadOnlyList<DocumentTaskView> Approvals, IReadOnlyList<DocumentTaskView> Acknowledgements,
    IReadOnlyList<DocumentTaskView> Reviews);
