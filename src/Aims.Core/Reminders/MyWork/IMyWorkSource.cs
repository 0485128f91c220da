namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// A feature's contribution to "my work": the things one person has to do in one organization at one instant
/// (approvals waiting, acknowledgements pending, reviews due or overdue, evidence expiring…). The "my work" page and
/// API list what every registered source returns, and the reminder job turns each item into one in-app notification
/// (and an e-mail when SMTP is configured) the first time it appears.
/// <para>
/// Register an implementation as a singleton: <c>services.AddSingleton&lt;IMyWorkSource, DocumentWorkSource&gt;()</c>.
/// Contract for implementations:
/// </para>
/// <list type="bullet">
/// <item>Return only items of <see cref="MyWorkContext.Person"/> in the context's organization, read through
/// <see cref="MyWorkContext.Db"/> (already tenant-scoped; read only, <c>AsNoTracking</c>) or a service of the
/// feature. Leave out archived records and asks the person can no longer act on.</item>
/// <item>Decide the window yourself (e.g. evidence expiring within 30 days, reviews due within 14 days) with
/// <see cref="MyWorkContext.Calendar"/> and <see cref="MyWorkContext.At"/>; never read the system clock.</item>
/// <item>Give <see cref="MyWorkItem.DueOn"/> as a day of the organization's calendar
/// (<c>context.Calendar.DateOf(instant)</c> for a stored UTC instant); overdue is derived from it.</item>
/// <item>Keep <see cref="MyWorkItem.RecordId"/> and <see cref="MyWorkItem.DueOn"/> stable while the ask stays the
/// same: they key the reminder, so a changed value means "remind again".</item>
/// <item>Be fast: the reminder job calls every source for every member of every organization on each run. One or two
/// indexed queries per call.</item>
/// </list>
/// An item that breaks <see cref="MyWorkRules"/> (empty title, over-long text, a link outside the organization) is a
/// bug in the source: <see cref="MyWorkService"/> throws naming the source instead of storing or cutting it.
/// </summary>
public interface IMyWorkSource
{
    Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct);
}
