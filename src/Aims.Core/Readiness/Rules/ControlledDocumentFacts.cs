using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// What readiness needs to know about every controlled document of the organization, loaded once per evaluation in a
/// handful of queries (so fifty rules cost the same as one): its state and version in force, when it is next due for
/// review, the clauses and controls it serves, and how many of the people asked have acknowledged the version in force.
/// </summary>
internal sealed class ControlledDocumentFacts
{
    private ControlledDocumentFacts(IReadOnlyList<ControlledDocumentFact> all)
    {
        ByTarget = all.SelectMany(d => d.Targets.Select(t => (Target: t, Document: d)))
            .ToLookup(x => x.Target, x => x.Document, StringComparer.Ordinal);
    }

    public ILookup<string, ControlledDocumentFact> ByTarget { get; }

    public static Task<ControlledDocumentFacts> ForAsync(ReadinessScope scope, CancellationToken ct) =>
        scope.FactsAsync((db, token) => LoadAsync(db, scope.OrganizationId, token), ct);

    private static async Task<ControlledDocumentFacts> LoadAsync(AimsDbContext db, Guid organizationId, CancellationToken ct)
    {
        var documents = await db.Set<Document>().AsNoTracking().Where(d => d.ArchivedAt == null)
            .Select(d => new { d.Id, d.Title, d.Type, d.State, d.CurrentVersionNumber, d.NextReviewOn })
            .ToListAsync(ct);
        var targets = (await db.Set<DocumentReference>().AsNoTracking().Select(r => new { r.DocumentId, r.Target }).ToListAsync(ct))
            .ToLookup(r => r.DocumentId, r => r.Target);
        var asked = (await db.Set<DocumentParticipant>().AsNoTracking().Where(p => p.Duty == DocumentDuty.Acknowledge)
                .Select(p => new { p.DocumentId, p.UserId, p.Role }).ToListAsync(ct))
            .ToLookup(p => p.DocumentId);
        var acknowledged = (await db.Set<DocumentAcknowledgement>().AsNoTracking()
                .Select(a => new { a.DocumentId, a.VersionNumber, a.UserId }).ToListAsync(ct))
            .ToLookup(a => (a.DocumentId, a.VersionNumber), a => a.UserId);
        var members = await DocumentMembers.LoadAsync(db, organizationId, ct);
        var facts = documents.Select(d =>
        {
            var people = asked[d.Id].Where(p => p.UserId is not null).Select(p => p.UserId!.Value);
            var roles = asked[d.Id].Where(p => p.Role is not null).Select(p => p.Role!.Value);
            var audience = asked[d.Id].Any() ? members.Selected(people, roles) : [];
            var done = d.CurrentVersionNumber is { } number ? acknowledged[(d.Id, number)].ToHashSet() : [];
            return new ControlledDocumentFact(d.Id, d.Title, d.Type, d.State, d.CurrentVersionNumber, d.NextReviewOn,
                [.. targets[d.Id]], audience.Count, audience.Count(done.Contains));
        }).ToList();
        return new ControlledDocumentFacts(facts);
    }
}

/// <summary>One controlled document as readiness sees it.</summary>
internal sealed record ControlledDocumentFact(Guid Id, string Title, DocumentType Type, DocumentState State, int? CurrentVersion,
    DateOnly? NextReviewOn, IReadOnlyList<string> Targets, int AskedToAcknowledge, int Acknowledged);
