namespace Aims.Core.Data;

/// <summary>
/// What one unit of work has already established, so a save of many records (an import) asks the database once per fact
/// rather than once per record: records created in this context (they have no links to read yet), and members and linked
/// records found to exist (nothing this context does deletes them before it saves). Cleared with the context.
/// </summary>
public sealed class UnitMemo
{
    private readonly HashSet<Guid> _created = [];
    private readonly Dictionary<Guid, string?> _members = [];
    private readonly HashSet<(string Register, Guid Id)> _found = [];

    /// <summary>Marks a record as new in this context (added, not yet saved).</summary>
    public void Created(Guid id) => _created.Add(id);

    public bool IsCreated(Guid id) => _created.Contains(id);

    public void Member(Guid userId, string? displayName) => _members[userId] = displayName;

    public bool KnownMember(Guid userId, out string? displayName) => _members.TryGetValue(userId, out displayName);

    public void Found(string register, Guid id) => _found.Add((register, id));

    public bool IsFound(string register, Guid id) => _found.Contains((register, id));

    internal void Clear()
    {
        _created.Clear();
        _members.Clear();
        _found.Clear();
    }
}
