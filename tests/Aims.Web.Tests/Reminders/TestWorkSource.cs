using System.Collections.Concurrent;
using Aims.Core.Reminders.MyWork;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// A my-work source the test fills: items per (organization, person), built with the context so links point into the
/// organization. Stands in for the documents and evidence sources, which other branches add.
/// </summary>
public sealed class TestWorkSource : IMyWorkSource
{
    private readonly ConcurrentDictionary<(Guid Organization, Guid User), Func<MyWorkContext, IReadOnlyList<MyWorkItem>>> _items = new();

    public void Set(Guid organizationId, Guid userId, Func<MyWorkContext, IReadOnlyList<MyWorkItem>> items) =>
        _items[(organizationId, userId)] = items;

    public Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct) =>
        Task.FromResult(_items.TryGetValue((context.Person.OrganizationId, context.Person.UserId), out var items)
            ? items(context)
            : (IReadOnlyList<MyWorkItem>)[]);

    /// <summary>Gives <paramref name="person"/> exactly one item (due in <paramref name="dueInDays"/> days, or undated); returns its record id.</summary>
    public Guid SetOne(ReminderPerson person, MyWorkKind kind, string title, int? dueInDays = null, string reason = "Needs your attention.",
        string page = "documents", string recordType = "document")
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = Guid.NewGuid();
        Set(person.OrganizationId, person.UserId, c =>
            [new MyWorkItem(kind, title, dueInDays is { } days ? c.Today.AddDays(days) : null, reason, c.Link(page, id), recordType, id)]);
        return id;
    }
}
