using Aims.Core.Access;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers.Import;

/// <summary>
/// What a row may name instead of an id, read once per import: members by e-mail address (or a display name only one
/// member has), and records of the registers an import links to by their name or title. Each is loaded on first use, so
/// a 5 000-row file costs one query per kind, not one per row.
/// </summary>
public sealed class ImportLookups(AimsDbContext db, Caller caller)
{
    private static readonly Dictionary<string, Func<AimsDbContext, IQueryable<NamedRecord>>> Named = new(StringComparer.Ordinal)
    {
        ["ai-systems"] = d => d.AiSystems.Where(s => s.Status == AiSystems.AiSystemStatus.Active).Select(s => new NamedRecord(s.Id, s.Name)),
        ["documents"] = d => d.Set<Documents.Document>().Select(x => new NamedRecord(x.Id, x.Title)),
        ["evidence"] = d => d.EvidenceItems.Select(x => new NamedRecord(x.Id, x.Title)),
        ["requirements"] = d => d.Set<Parties.PartyRequirement>().Select(x => new NamedRecord(x.Id, x.Title)),
        ["datasets"] = d => d.Set<Datasets.Dataset>().Select(x => new NamedRecord(x.Id, x.Name)),
        ["third-parties"] = d => d.Set<ThirdParties.ThirdParty>().Select(x => new NamedRecord(x.Id, x.Name)),
    };

    private readonly Dictionary<string, RecordNames> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);
    private MemberNames? _members;

    /// <summary>Whether <paramref name="register"/>'s records can be named rather than given by id.</summary>
    public static bool Names(string register) => Named.ContainsKey(register);

    /// <summary>The records of <paramref name="register"/> by id and by name (names compared ignoring case).</summary>
    public async Task<RecordNames> RecordsAsync(string register, CancellationToken ct)
    {
        if (!_records.TryGetValue(register, out var names))
        {
            _records[register] = names = new RecordNames(await Named[register](db).AsNoTracking().ToListAsync(ct));
        }

        return names;
    }

    public async Task<MemberNames> MembersAsync(CancellationToken ct) =>
        _members ??= new MemberNames(await db.Memberships.Where(m => m.OrganizationId == caller.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Member(u.Id, u.Email ?? "", u.DisplayName)).AsNoTracking().ToListAsync(ct));

    /// <summary>Something else a register's rules read once per import (the names already taken), kept under <paramref name="key"/>.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<AimsDbContext, Task<T>> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!_cache.TryGetValue(key, out var value))
        {
            _cache[key] = value = await load(db);
        }

        return (T)value;
    }
}

public sealed record NamedRecord(Guid Id, string Name);

public sealed record Member(Guid Id, string Email, string DisplayName);

/// <summary>Records by id and by name; a name two records share cannot pick one.</summary>
public sealed class RecordNames(IReadOnlyList<NamedRecord> records)
{
    private readonly HashSet<Guid> _ids = [.. records.Select(r => r.Id)];
    private readonly ILookup<string, Guid> _byName = records.ToLookup(r => r.Name.Trim(), r => r.Id, StringComparer.OrdinalIgnoreCase);

    public bool Has(Guid id) => _ids.Contains(id);

    public IReadOnlyList<Guid> Named(string name) => [.. _byName[name.Trim()]];
}

/// <summary>Members by id, e-mail address (ignoring case) and display name.</summary>
public sealed class MemberNames(IReadOnlyList<Member> members)
{
    private readonly Dictionary<Guid, Member> _byId = members.ToDictionary(m => m.Id);
    private readonly Dictionary<string, Guid> _byEmail = members.Where(m => m.Email.Length > 0)
        .ToDictionary(m => m.Email, m => m.Id, StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<string, Guid> _byName = members.ToLookup(m => m.DisplayName.Trim(), m => m.Id, StringComparer.OrdinalIgnoreCase);

    public bool Has(Guid id) => _byId.ContainsKey(id);

    public string? NameOf(Guid id) => _byId.TryGetValue(id, out var m) ? m.DisplayName : null;

    public Guid? ByEmail(string email) => _byEmail.TryGetValue(email.Trim(), out var id) ? id : null;

    public IReadOnlyList<Guid> Named(string name) => [.. _byName[name.Trim()]];
}
