using Aims.Core.Access;

namespace Aims.Core.Documents;

/// <summary>
/// Replaces a tracked document's link rows with the given sets: rows no longer wanted are deleted, new ones added,
/// unchanged ones kept, so the ledger records exactly what changed (a link added or removed, never a rewrite of all).
/// A null set leaves that kind of link as it is. New rows are added to the context explicitly: their ids are set when
/// created, and EF would take a row with a key found only in a tracked collection for an existing one (an UPDATE).
/// </summary>
internal static class DocumentLinks
{
    public static void Apply(Data.AimsDbContext db, Document document, IReadOnlyList<string>? clauses, IReadOnlyList<string>? controls,
        IReadOnlyList<Guid>? systems)
    {
        if (clauses is not null)
        {
            SetReferences(db, document, DocumentReferenceKind.Clause, clauses);
        }

        if (controls is not null)
        {
            SetReferences(db, document, DocumentReferenceKind.Control, controls);
        }

        if (systems is not null)
        {
            var wanted = systems.ToHashSet();
            foreach (var link in document.Systems.Where(s => !wanted.Contains(s.AiSystemId)).ToList())
            {
                db.Remove(link);
            }

            foreach (var id in wanted.Where(id => document.Systems.All(s => s.AiSystemId != id)))
            {
                var link = new DocumentSystemLink { OrganizationId = document.OrganizationId, DocumentId = document.Id, AiSystemId = id };
                document.Systems.Add(link);
                db.Add(link);
            }
        }
    }

    /// <summary>Sets the people and roles named for <paramref name="duty"/>; null lists keep that part.</summary>
    public static void SetParticipants(Data.AimsDbContext db, Document document, DocumentDuty duty, IReadOnlyList<Guid>? people,
        IReadOnlyList<Role>? roles)
    {
        var current = document.Participants.Where(p => p.Duty == duty).ToList();
        if (people is not null)
        {
            var wanted = people.ToHashSet();
            foreach (var row in current.Where(p => p.UserId is { } id && !wanted.Contains(id)))
            {
                db.Remove(row);
            }

            foreach (var id in wanted.Where(id => current.All(p => p.UserId != id)))
            {
                Add(db, document, new DocumentParticipant
                {
                    OrganizationId = document.OrganizationId, DocumentId = document.Id, Duty = duty, UserId = id,
                });
            }
        }

        if (roles is not null)
        {
            var wanted = roles.ToHashSet();
            foreach (var row in current.Where(p => p.Role is { } role && !wanted.Contains(role)))
            {
                db.Remove(row);
            }

            foreach (var role in wanted.Where(role => current.All(p => p.Role != role)))
            {
                Add(db, document, new DocumentParticipant
                {
                    OrganizationId = document.OrganizationId, DocumentId = document.Id, Duty = duty, Role = role,
                });
            }
        }
    }

    /// <summary>The people and roles named for <paramref name="duty"/> that remain after the save.</summary>
    public static (List<Guid> People, List<Role> Roles) Named(Data.AimsDbContext db, Document document, DocumentDuty duty)
    {
        var live = document.Participants.Where(p => p.Duty == duty && db.Entry(p).State != Microsoft.EntityFrameworkCore.EntityState.Deleted).ToList();
        return ([.. live.Where(p => p.UserId is not null).Select(p => p.UserId!.Value)], [.. live.Where(p => p.Role is not null).Select(p => p.Role!.Value)]);
    }

    private static void SetReferences(Data.AimsDbContext db, Document document, DocumentReferenceKind kind, IReadOnlyList<string> targets)
    {
        var wanted = targets.ToHashSet(StringComparer.Ordinal);
        foreach (var row in document.References.Where(r => r.Kind == kind && !wanted.Contains(r.Target)).ToList())
        {
            db.Remove(row);
        }

        foreach (var target in wanted.Where(t => document.References.All(r => r.Kind != kind || r.Target != t)))
        {
            var reference = new DocumentReference
            {
                OrganizationId = document.OrganizationId, DocumentId = document.Id, Kind = kind, Target = target,
            };
            document.References.Add(reference);
            db.Add(reference);
        }
    }

    private static void Add(Data.AimsDbContext db, Document document, DocumentParticipant participant)
    {
        document.Participants.Add(participant);
        db.Add(participant);
    }
}
