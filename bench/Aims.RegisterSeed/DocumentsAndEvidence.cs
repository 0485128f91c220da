using Aims.Catalogs;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Documents and evidence items for the documented-information benchmark (bench/run-documented-information.sh),
/// through AimsDbContext in batches like the AI systems, so every row is ledgered. Documents carry one or two clause
/// and control references each (spread over the whole catalog, so readiness has links to weigh everywhere); evidence
/// items are links to an external record, each supporting one control and one clause, with effective dates over the
/// last three years and a third of them with a valid-until date (some expired, some expiring within the month).
/// </summary>
internal static class DocumentsAndEvidence
{
    private const int Batch = 1_000;

    public static async Task SeedAsync(DbContextOptions<AimsDbContext> options, Guid orgId, List<Guid> owners, int documents, int evidence)
    {
        var clauses = CatalogLibrary.Iso42001.Clauses.Where(c => !CatalogLibrary.Iso42001.Clauses.Any(x => x.ParentId == c.Id))
            .Select(c => c.Id).ToArray();
        var controls = CatalogLibrary.Iso42001.Controls.Select(c => c.Id).ToArray();
        var types = Enum.GetValues<DocumentType>();
        for (var done = 0; done < documents; done += Batch)
        {
            await using var db = new AimsDbContext(options) { Actor = "bench:seed", TenantId = orgId };
            for (var i = done + 1; i <= Math.Min(documents, done + Batch); i++)
            {
                var document = new Document
                {
                    OrganizationId = orgId,
                    Title = $"Benchmark procedure {i}: handling of {types[i % types.Length]} records",
                    Type = types[i % types.Length],
                    OwnerId = owners[i % owners.Count],
                    ReviewIntervalMonths = 6 + i % 19,
                };
                document.References.Add(Reference(document, DocumentReferenceKind.Clause, clauses[i % clauses.Length]));
                if (i % 2 == 0)
                {
                    document.References.Add(Reference(document, DocumentReferenceKind.Control, controls[i % controls.Length]));
                }

                db.Add(document);
            }

            await db.SaveChangesAsync();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var done = 0; done < evidence; done += Batch)
        {
            await using var db = new AimsDbContext(options) { Actor = "bench:seed", TenantId = orgId };
            for (var i = done + 1; i <= Math.Min(evidence, done + Batch); i++)
            {
                var effective = today.AddDays(-(i % 1_095));
                db.Add(new EvidenceItem
                {
                    OrganizationId = orgId,
                    Title = $"Benchmark evidence {i}: review record",
                    Description = $"Minutes and sign-off of check {i} for the {controls[i % controls.Length]} control",
                    Kind = EvidenceKind.Link,
                    Url = $"https://records.example/checks/{i}",
                    OwnerId = owners[i % owners.Count],
                    EffectiveDate = effective,
                    ValidUntil = i % 3 == 0 ? effective.AddDays(365) : null,
                    Links =
                    [
                        new EvidenceLink { OrganizationId = orgId, TargetType = EvidenceTargetType.Control, TargetId = controls[i % controls.Length] },
                        new EvidenceLink { OrganizationId = orgId, TargetType = EvidenceTargetType.Clause, TargetId = clauses[i % clauses.Length] },
                    ],
                });
            }

            await db.SaveChangesAsync();
        }
    }

    private static DocumentReference Reference(Document document, DocumentReferenceKind kind, string target) =>
        new() { OrganizationId = document.OrganizationId, DocumentId = document.Id, Kind = kind, Target = target };
}
