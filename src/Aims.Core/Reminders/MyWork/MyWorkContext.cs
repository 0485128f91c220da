using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;

namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// What an <see cref="IMyWorkSource"/> is asked about: one person in one organization at one instant.
/// </summary>
/// <param name="Person">The person as a <see cref="Caller"/> of the organization: their user id, role (for role-based
/// approvers and <see cref="Caller.Can"/> checks) and the organization's id and slug (for links). For an API token it
/// is the token's user with the token's role; in the reminder job, each member with their membership role.</param>
/// <param name="Db">A context scoped to the organization (the tenant filter applies), for reading only: sources never
/// save through it. Queries should use <c>AsNoTracking</c>.</param>
/// <param name="Calendar">The organization's calendar: due dates are days in it.</param>
/// <param name="At">The instant asked about (the clock's now; tests and the reminder job pass their own).</param>
public sealed record MyWorkContext(Caller Person, AimsDbContext Db, OrganizationCalendar Calendar, DateTimeOffset At)
{
    /// <summary>Today in the organization's time zone.</summary>
    public DateOnly Today => Calendar.Today(At);

    /// <summary>A UI link inside the organization: <c>Link("documents", id)</c> → <c>/o/demo/documents/{id}</c>.</summary>
    public string Link(params object[] segments) =>
        $"/o/{Person.OrganizationSlug}/" + string.Join('/', segments.Select(s => Uri.EscapeDataString(
            Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture) ?? "")));
}
